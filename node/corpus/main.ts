/** Entry point of `npm run build:corpus`. */
import { writeCorpusBundle } from './buildCorpusFiles.js';

const started = performance.now();
const bundle = await writeCorpusBundle();
const milliseconds = (performance.now() - started).toFixed(0);
process.stdout.write(`Corpus ${bundle.version}: ${bundle.documents.length} documenten in ${milliseconds} ms\n`);
