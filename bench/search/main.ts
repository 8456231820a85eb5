// Why: a command-line entry that runs the search benchmark several times, prints the median table and saves it under bench/results.
// Usage: node --expose-gc <bundle> [scales=1,100,1000] [--runs=3] [--engines=ours,naive-scan,flexsearch-default] [--no-save]

import { pathToFileURL } from 'node:url';
import { loadRealCorpus } from './loadRealCorpus.js';
import { runSearchBenchmarks, saveSearchResults } from './runSearchBenchmarks.js';
import type { Row } from './searchBenchmark.js';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const scales = (args.find((arg) => !arg.startsWith('--')) ?? '1,100,1000').split(',').map(Number);
const runs = Number(flag('runs') ?? 3);
const engines = flag('engines')?.split(',') as Row['engine'][] | undefined;
const root = pathToFileURL(process.cwd() + '/');
const report = runSearchBenchmarks({ documents: loadRealCorpus(root), scales, runs, engines, log: (line) => process.stderr.write(`${line}\n`) });
process.stdout.write(`${report.markdown}\n`);
if (!args.includes('--no-save')) process.stdout.write(`saved ${saveSearchResults(report.markdown, new URL('bench/results/', root))}\n`);
