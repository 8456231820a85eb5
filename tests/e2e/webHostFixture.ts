/** Starts the real web host entry point on a fresh data folder for each test, and can restart it on the same folder. */
import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningHost {
  /** The printed one-time launch URL; a page that opened it holds the session cookie, so later visits in the same browser context work without it. */
  url: string;
  dataDir: string;
  /** Stops the host and starts it again on the same data folder; returns the new URL. */
  restart(): Promise<string>;
}

function startHost(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/node/web.mjs', '--no-open', '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${output}`)), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?launch=[0-9a-f]{64})/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`web host exited with ${code}: ${output}`)));
  });
}

/** How long a host may take to shut down gracefully before it is killed (a browser's keep-alive connection can hold `server.close()` open). */
const gracefulStopMs = 3_000;

function stopHost(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      process.stderr.write(`web host ${child.pid} did not stop within ${gracefulStopMs} ms of SIGTERM; killing it\n`);
      child.kill('SIGKILL');
    }, gracefulStopMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A running host on a fresh data folder, stopped and removed when the test ends. */
async function useHost(use: (host: RunningHost) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkplaats-e2e-'));
  let running = await startHost(dataDir);
  await use({
    get url() {
      return running.url;
    },
    dataDir,
    async restart() {
      await stopHost(running.child);
      running = await startHost(dataDir);
      return running.url;
    },
  });
  await stopHost(running.child);
  rmSync(dataDir, { recursive: true, force: true });
}

/** `host`: the app on a fresh data folder; `otherHost`: a second one on its own folder (another user, such as a student). */
export const test = base.extend<{ host: RunningHost; otherHost: RunningHost }>({
  host: async ({}, use) => useHost(use),
  otherHost: async ({}, use) => useHost(use),
});

export { expect } from '@playwright/test';
