/** Entry point of `npm run build:corpus`. */
import { writeLibrary } from './buildCorpusFiles.js';

const started = performance.now();
const { bundle, themes } = await writeLibrary();
const milliseconds = (performance.now() - started).toFixed(0);
process.stdout.write(`Corpus ${bundle.version}: ${bundle.documents.length} documenten, ${themes.index.themes.length} thema’s, in ${milliseconds} ms\n`);
