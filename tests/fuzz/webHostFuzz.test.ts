import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { writeLibrary } from '../../node/corpus/buildCorpusFiles.js';
import { corpusFilesIn } from '../../node/paths.js';
import { randomRequest, seededRandom, type FuzzRequest, type FuzzTarget } from './requestGenerator.js';

/** Requests per seed; two seeds per run (one fixed, one fresh) make 6,000 requests. */
const requestsPerSeed = 3_000;
const fixedSeed = 20261202;
const freshSeed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const parallel = 8;

interface Outcome {
  request: FuzzRequest;
  /** 0 when the host closed the connection without an answer (a malformed request it could not read). */
  status: number;
  head: string;
  body: string;
}

function exchange(port: number, request: FuzzRequest): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const finish = () => {
      const reply = Buffer.concat(chunks).toString('latin1');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(reply)?.[1] ?? 0);
      const split = reply.indexOf('\r\n\r\n');
      resolve({ request, status, head: split === -1 ? reply : reply.slice(0, split), body: split === -1 ? '' : reply.slice(split + 4, split + 2_000) });
    };
    // A request the host is still waiting on (a chunked body that never comes) is given up by the client.
    socket.setTimeout(3_000, () => socket.destroy());
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', finish);
    socket.write(request.wire, () => undefined);
  });
}

async function runSeed(seed: number, target: FuzzTarget): Promise<Outcome[]> {
  const random = seededRandom(seed);
  const requests = Array.from({ length: requestsPerSeed }, () => randomRequest(random, target));
  const outcomes: Outcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < requests.length) {
        const request = requests[next++]!;
        outcomes.push(await exchange(target.port, request));
      }
    }),
  );
  return outcomes;
}

/** An API call or the app page answered with success: that must never happen without the token. */
function isAccepted(outcome: Outcome): boolean {
  if (outcome.status < 200 || outcome.status >= 400) return false;
  const path = outcome.request.summary.split(' ')[1] ?? '';
  if (path.startsWith('/api/')) return true;
  // The 303 that follows a valid launch code is the one way in; the fuzz never knows a live code.
  return /^set-cookie:/im.test(outcome.head) || outcome.body.includes('id="root"');
}

describe('web host under random requests', () => {
  let host: ChildProcess;
  let target: FuzzTarget;
  let workDir: string;
  let hostOutput = '';

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'werkplaats-fuzz-'));
    const corpus = corpusFilesIn(join(workDir, 'corpus'));
    await writeLibrary('.', corpus);
    const rendererDir = join(workDir, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Werkplaats Reader</title><div id="root"></div>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {};');
    const script = join(workDir, 'fuzzHost.mjs');
    await build({
      entryPoints: [new URL('./fuzzHostProcess.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: script,
      logLevel: 'silent',
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    });
    host = spawn(process.execPath, [script, corpus.bundle, join(workDir, 'data'), rendererDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    host.stderr!.on('data', (chunk: Buffer) => (hostOutput += chunk.toString()));
    const started = await new Promise<{ url: string; port: number; cookieName: string }>((resolve, reject) => {
      let line = '';
      host.stdout!.on('data', (chunk: Buffer) => {
        line += chunk.toString();
        if (line.includes('\n')) resolve(JSON.parse(line.split('\n')[0]!));
      });
      host.once('exit', (code) => reject(new Error(`fuzz host exited with ${code}: ${hostOutput}`)));
    });
    // Log in the way a browser does: the one-time link gives the session cookie, whose value is the token.
    const launch = new URL(started.url);
    const login = await exchange(started.port, { wire: Buffer.from(`GET ${launch.pathname}${launch.search} HTTP/1.1\r\nHost: 127.0.0.1:${started.port}\r\nConnection: close\r\n\r\n`), authorized: false, summary: 'login' });
    const cookie = new RegExp(`${started.cookieName}=([0-9a-f]{64})`).exec(login.head) ?? null;
    expect(login.status).toBe(303);
    target = { port: started.port, cookieName: started.cookieName, token: cookie?.[1] ?? '' };
  }, 120_000);

  afterAll(() => {
    host?.kill('SIGKILL');
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it.each([
    ['a fixed seed', fixedSeed],
    ['a fresh seed', freshSeed],
  ])(`survives ${requestsPerSeed} random requests from %s, with no 5xx and nothing accepted without the token`, async (_name, seed) => {
    console.log(`web host fuzz: seed ${seed} (rerun with FUZZ_SEED=${seed})`);
    const outcomes = await runSeed(seed, target);
    expect(outcomes).toHaveLength(requestsPerSeed);
    expect(host.exitCode, hostOutput).toBeNull();
    expect(host.signalCode).toBeNull();
    const serverErrors = outcomes.filter((outcome) => outcome.status >= 500).map((outcome) => `${outcome.status} ${outcome.request.summary}`);
    expect(serverErrors, `seed ${seed}`).toEqual([]);
    const acceptedWithoutToken = outcomes.filter((outcome) => isAccepted(outcome) && !outcome.request.authorized).map((outcome) => `${outcome.status} ${outcome.request.summary}`);
    expect(acceptedWithoutToken, `seed ${seed}`).toEqual([]);
    // The run exercised both sides: some authorized calls were answered, and many requests were refused.
    expect(outcomes.filter((outcome) => outcome.request.authorized && outcome.status === 200).length).toBeGreaterThan(50);
    expect(outcomes.filter((outcome) => outcome.status >= 400 && outcome.status < 500).length).toBeGreaterThan(requestsPerSeed / 2);
    const statuses = new Map<number, number>();
    for (const outcome of outcomes) statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
    console.log(`web host fuzz: seed ${seed}: ${[...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status || 'closed'}×${count}`).join(', ')}`);

    // Still alive and still answering an ordinary call.
    const alive = await exchange(target.port, { wire: Buffer.from(`POST /api/getAppInfo HTTP/1.1\r\nHost: 127.0.0.1:${target.port}\r\nX-Werkplaats-Token: ${target.token}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`), authorized: true, summary: 'alive' });
    expect(alive.status).toBe(200);
  }, 180_000);
});
