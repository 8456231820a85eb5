/** Why: only real SIGKILLs at random moments show that the storage stack never leaves a torn or stale file; this runs them, for the test and for long soaks. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { crashReadingState, crashVersion, readingSequenceOf, sequenceOf } from './crashVersion.js';

export interface CrashTrialOptions {
  /** Number of kill-and-check rounds. */
  trials: number;
  /** The bundled writer script (see `buildCrashWriter`). */
  writerScript: string;
  /** Seed of the random kill moments, for reproducing a run. */
  seed?: number;
  /** Rounds share one data folder, so each writer starts from what the previous one left; a new folder every this many rounds. */
  roundsPerFolder?: number;
  /** Called after each round. */
  onTrial?: (report: CrashTrialReport) => void;
}

/** What one round saw. */
export interface CrashTrialReport {
  trial: number;
  /** Milliseconds after spawning when SIGKILL was sent. */
  killAfterMs: number;
  lastAcked: number | null;
  onDisk: number | null;
  problems: string[];
}

export interface CrashTrialSummary {
  trials: number;
  /** Writes acknowledged over all rounds. */
  acknowledged: number;
  /** Rounds killed before the writer acknowledged anything. */
  killedBeforeFirstAck: number;
  /** Every problem seen, prefixed by its round; empty when the storage held. */
  failures: string[];
  seed: number;
}

/** Small seeded PRNG (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface RoundOutput {
  lastAcked: number | null;
  readySeq: number | null;
  notices: string[];
  stderr: string;
  exitedEarly: boolean;
}

function runWriter(writerScript: string, dir: string, killAfterReadyMs: number | null, killAfterMs: number): Promise<RoundOutput> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [writerScript, dir, '5'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output: RoundOutput = { lastAcked: null, readySeq: null, notices: [], stderr: '', exitedEarly: false };
    let buffer = '';
    let killed = false;
    const kill = () => {
      if (!killed) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    const timer = killAfterReadyMs === null ? setTimeout(kill, killAfterMs) : setTimeout(kill, 10_000);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf('\n')) !== -1) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line.startsWith('ack ')) output.lastAcked = Number(line.slice(4));
        else if (line.startsWith('notice ')) output.notices.push(line.slice(7));
        else if (line.startsWith('ready ')) {
          output.readySeq = Number(line.slice(6));
          if (killAfterReadyMs !== null) {
            clearTimeout(timer);
            setTimeout(kill, killAfterReadyMs);
          }
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (output.stderr += chunk));
    child.on('exit', () => {
      clearTimeout(timer);
      output.exitedEarly = !killed;
      resolve(output);
    });
  });
}

/** Checks the folder after a kill: the file parses, is exactly one complete version, and loses no acknowledged write. */
function checkFolder(dir: string, lastAcked: number | null, previousOnDisk: number | null): { onDisk: number | null; problems: string[] } {
  const problems: string[] = [];
  const path = join(dir, 'werkplaats-reader.json');
  const floor = Math.max(lastAcked ?? 0, previousOnDisk ?? 0);
  if (!existsSync(path)) {
    if (floor > 0) problems.push(`the data file is missing although version ${floor} was durable`);
    return { onDisk: null, problems };
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`the data file does not parse: ${(error as Error).message}`);
    return { onDisk: null, problems };
  }
  const onDisk = sequenceOf(data);
  if (onDisk === null) {
    if (floor > 0) problems.push(`the data file holds no version although version ${floor} was durable`);
    return { onDisk, problems };
  }
  if (onDisk < floor) problems.push(`acknowledged write lost: file has version ${onDisk}, but ${floor} was acknowledged`);
  if (lastAcked !== null && onDisk > lastAcked + 1) problems.push(`file has version ${onDisk}, beyond the one write in flight after ${lastAcked}`);
  if (!isDeepStrictEqual(data, crashVersion(onDisk))) problems.push(`file is not exactly version ${onDisk} as written`);
  const readingPath = join(dir, 'reading-state.json');
  if (existsSync(readingPath)) {
    try {
      const reading: unknown = JSON.parse(readFileSync(readingPath, 'utf8'));
      const readingSeq = readingSequenceOf(reading);
      if (readingSeq === null) problems.push('the reading-state file holds no position');
      else {
        if (lastAcked !== null && readingSeq < lastAcked) problems.push(`acknowledged reading position lost: ${readingSeq} on disk, ${lastAcked} acknowledged`);
        if (readingSeq > onDisk) problems.push(`reading position ${readingSeq} is ahead of data version ${onDisk}, which is written first`);
        if (!isDeepStrictEqual(reading, { schemaVersion: 1, readingStates: { crash: crashReadingState(readingSeq) } })) problems.push(`reading-state file is not exactly position ${readingSeq} as written`);
      }
    } catch (error) {
      problems.push(`the reading-state file does not parse: ${(error as Error).message}`);
    }
  } else if (lastAcked !== null) problems.push('the reading-state file is missing although a position was acknowledged');
  const backups = join(dir, 'backups');
  if (existsSync(backups)) {
    for (const name of readdirSync(backups).filter((entry) => /^werkplaats-reader-.*\.json$/.test(entry))) {
      try {
        JSON.parse(readFileSync(join(backups, name), 'utf8'));
      } catch {
        problems.push(`backup ${name} does not parse`);
      }
    }
  }
  return { onDisk, problems };
}

/**
 * Runs `trials` rounds: spawn the writer on a data folder, SIGKILL it at a random moment (a fifth of the
 * time during start-up, otherwise 0–40 ms after it is ready), and check what is on disk. A writer that
 * reports notices (a damaged file found at start) also counts as a failure.
 */
export async function runCrashTrials(options: CrashTrialOptions): Promise<CrashTrialSummary> {
  const seed = options.seed ?? Date.now() % 2 ** 31;
  const next = random(seed);
  const { writerScript } = options;
  const roundsPerFolder = options.roundsPerFolder ?? 25;
  const summary: CrashTrialSummary = { trials: options.trials, acknowledged: 0, killedBeforeFirstAck: 0, failures: [], seed };
  let dir = '';
  let onDisk: number | null = null;
  for (let trial = 0; trial < options.trials; trial += 1) {
    if (trial % roundsPerFolder === 0) {
      dir = mkdtempSync(join(tmpdir(), 'werkplaats-crash-'));
      onDisk = null;
    }
    const duringStartup = next() < 0.2;
    const killAfterMs = Math.floor(next() * (duringStartup ? 120 : 40));
    const output = await runWriter(writerScript, dir, duringStartup ? null : killAfterMs, killAfterMs);
    const problems: string[] = [];
    if (output.exitedEarly) problems.push(`writer exited by itself: ${output.stderr.trim().slice(0, 500)}`);
    if (output.notices.length > 0) problems.push(`writer found a damaged file: ${output.notices.join(' | ')}`);
    if (output.readySeq !== null && onDisk !== null && output.readySeq !== onDisk) problems.push(`writer opened version ${output.readySeq}, but ${onDisk} was on disk`);
    const checked = checkFolder(dir, output.lastAcked, onDisk);
    problems.push(...checked.problems);
    if (output.lastAcked === null) summary.killedBeforeFirstAck += 1;
    else summary.acknowledged += output.lastAcked - (output.readySeq ?? 0);
    onDisk = checked.onDisk ?? onDisk;
    summary.failures.push(...problems.map((problem) => `round ${trial} (seed ${seed}): ${problem}`));
    options.onTrial?.({ trial, killAfterMs, lastAcked: output.lastAcked, onDisk: checked.onDisk, problems });
  }
  return summary;
}
