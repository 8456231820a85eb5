/** Why: importing must stay quick at the sizes the issue names: 10k annotations from a W3C file, and a 1 MB saved web page until it is searchable. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeRange } from '../../core/annotations/anchoring/describeRange.js';
import { dispatch } from '../../core/api/dispatch.js';
import type { WerkplaatsApi } from '../../core/api/contract.js';
import type { CorpusBundle } from '../../core/corpus/types.js';
import { createNodeApi } from '../../node/createNodeApi.js';

/** One measured figure. */
export interface ImportFigure {
  measure: string;
  median: number;
  runs: number;
  note: string;
}

async function call(api: WerkplaatsApi, method: string, input: unknown): Promise<unknown> {
  const result = await dispatch(api, method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error).slice(0, 300)}`);
  return result.value;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A W3C export (the app's own shape) of `count` annotations spread over the bundle's documents. */
export function annotationFile(bundle: CorpusBundle, count: number): string {
  const items = Array.from({ length: count }, (_, index) => {
    const document = bundle.documents[index % bundle.documents.length]!;
    const start = (index * 37) % Math.max(1, document.text.length - 80);
    const selectors = describeRange(document.text, start, start + 20 + (index % 50));
    const note = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Notitie ${index} over dit stuk tekst.` }] }] };
    return {
      id: `urn:werkplaats-reader:annotation:bench-${index}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: '2026-11-01T10:00:00.000Z',
      modified: '2026-11-01T10:00:00.000Z',
      body: [{ type: 'TextualBody', purpose: 'commenting', format: 'text/html', value: `<p>Notitie ${index}</p>`, 'werkplaats:tiptap': note }, { type: 'TextualBody', purpose: 'tagging', value: `tag${index % 7}` }],
      target: { type: 'SpecificResource', source: `werkplaats://doc/${document.id}`, selector: selectors, 'werkplaats:docId': document.id, 'werkplaats:documentTitle': document.title, 'werkplaats:sourceFile': document.source },
      'werkplaats:id': `bench-${index}`,
      'werkplaats:color': index % 5,
      'werkplaats:colorLabel': 'belangrijk',
      'werkplaats:corpusVersion': bundle.version,
      'werkplaats:orphan': false,
      'werkplaats:section': null,
    };
  });
  return JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:werkplaats-reader:export:bench', type: 'AnnotationCollection', total: count, first: { type: 'AnnotationPage', items } });
}

/** A saved web page of about `bytes` bytes: chrome around many varied paragraphs, with one word found nowhere else. */
export function largePage(root: string, bytes: number): string {
  const fixture = readFileSync(join(root, 'tests', 'fixtures', 'import', 'werkplaats-twente.html'), 'utf8');
  const paragraphs: string[] = [];
  let size = fixture.length;
  for (let index = 0; size < bytes; index += 1) {
    const paragraph = `<h2>Deelproject ${index}</h2><p>In deelproject ${index} werken studenten, wijkteams en ${index % 2 ? 'mantelzorgers' : 'jeugdprofessionals'} samen aan vraag ${index}: hoe kan preventief werken in wijk ${index % 40} beter aansluiten bij gezinnen, ouderen en jongeren met een licht verstandelijke beperking? Het praktijkgericht onderzoek levert kennis op voor de regio.</p>`;
    paragraphs.push(paragraph);
    size += paragraph.length;
  }
  paragraphs.push('<p>Het laatste deelproject heet zeldzaamheidsonderzoekje en staat alleen hier.</p>');
  return fixture.replace('</article>', `${paragraphs.join('\n')}</article>`);
}

/** Imports 10k annotations into empty folders, and a 1 MB page until a search finds it. */
export async function runImportBenchmarks(root: string, bundleFile: string, bundle: CorpusBundle): Promise<ImportFigure[]> {
  const file = annotationFile(bundle, 10_000);
  const times: number[] = [];
  const heaps: number[] = [];
  const cpu: number[] = [];
  const pageCpu: number[] = [];
  const cpuSince = (start: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  let rssGrowth = 0;
  for (let run = 0; run < 3; run += 1) {
    const dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-bench-import-'));
    const { api } = await createNodeApi({ dataDir, bundleFile });
    (globalThis as { gc?: () => void }).gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const rssBefore = process.resourceUsage().maxRSS;
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    const report = (await call(api, 'importAnnotations', { content: file, fileName: 'bench.json' })) as { added: number };
    times.push(performance.now() - started);
    cpu.push(cpuSince(cpuStart));
    heaps.push((process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024);
    rssGrowth = Math.max(rssGrowth, (process.resourceUsage().maxRSS - rssBefore) / 1024);
    if (report.added !== 10_000) throw new Error(`expected 10000 added, got ${report.added}`);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const page = largePage(root, 1024 * 1024);
  const pageTimes: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-bench-page-'));
    const { api } = await createNodeApi({ dataDir, bundleFile });
    await call(api, 'search', { query: 'mantelzorg' });
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    await call(api, 'importPage', { fileName: 'groot.html', data: Buffer.from(page).toString('base64') });
    const found = (await call(api, 'search', { query: 'zeldzaamheidsonderzoekje' })) as { hits: unknown[] };
    pageTimes.push(performance.now() - started);
    pageCpu.push(cpuSince(cpuStart));
    if (found.hits.length === 0) throw new Error('the imported page is not searchable');
    rmSync(dataDir, { recursive: true, force: true });
  }
  return [
    {
      measure: `Import 10,000 annotations (W3C JSON, ${(file.length / 1024 / 1024).toFixed(1)} MB: check, merge, one durable write)`,
      median: median(times),
      runs: times.length,
      note: `CPU ${median(cpu).toFixed(0)} ms; heap after import +${median(heaps).toFixed(0)} MB before GC; peak RSS growth ≤ ${rssGrowth.toFixed(0)} MB`,
    },
    { measure: `Import a ${(page.length / 1024 / 1024).toFixed(1)} MB HTML page → searchable`, median: median(pageTimes), runs: pageTimes.length, note: `CPU ${median(pageCpu).toFixed(0)} ms; decode, parse5, pipeline, theme tags, durable write, index, first search` },
  ];
}
