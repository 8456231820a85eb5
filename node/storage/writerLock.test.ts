import { describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { liveHolder, systemProbe, takeWriterLock, writerLockFileName, type ProcessProbe } from './writerLock.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'werkplaats-lock-'));

/** A probe that says `pid` is alive and started at `ticks`, on boot `boot` of host `vm`. */
const fakeProbe = (pid: number, ticks: number, boot = 'boot-1', startTime: number | null = null): ProcessProbe => ({
  isAlive: (candidate) => candidate === pid || candidate === process.pid,
  startTicks: (candidate) => (candidate === pid ? ticks : 1),
  startTime: (candidate) => (candidate === pid ? startTime : null),
  bootId: () => boot,
  host: () => 'vm',
});

const lockText = (fields: Record<string, unknown>) => JSON.stringify({ pid: 4242, host: 'vm', bootId: 'boot-1', startTicks: 500, token: 'theirs', since: '2026-01-01T00:00:00.000Z', ...fields });

async function sleeper(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
  await new Promise((resolve) => child.once('spawn', resolve));
  return child;
}

describe('liveHolder', () => {
  it.each([
    ['its process runs with the start time it recorded', lockText({}), 'held'],
    ['a live process id now belongs to a process that started later', lockText({ startTicks: 499 }), 'stale'],
    ['the lock is from before a reboot', lockText({ bootId: 'boot-0' }), 'stale'],
    ['its process id no longer runs', lockText({ pid: 4243 }), 'stale'],
    ['it is written by another computer (a shared folder)', lockText({ host: 'laptop', pid: 1 }), 'held'],
    ['it is unreadable', '{"pid":', 'stale'],
    ['it is empty', '', 'stale'],
  ])('judges a lock whose %s', (_case, text, expected) => {
    expect(liveHolder(text, new Date(), fakeProbe(4242, 500)) === null ? 'stale' : 'held').toBe(expected);
  });

  it('judges an old bare-pid lock stale when that live process started after the lock was written', () => {
    const written = new Date('2026-01-01T10:00:00Z');
    expect(liveHolder('4242', written, fakeProbe(4242, 500, 'boot-1', written.getTime() + 60_000))).toBeNull();
    expect(liveHolder('4242', written, fakeProbe(4242, 500, 'boot-1', written.getTime() - 60_000))).toMatchObject({ pid: 4242 });
  });
});

describe('takeWriterLock', () => {
  it('takes over a lock naming a live but unrelated process (same id, other start time)', async () => {
    const dir = freshDir();
    const other = await sleeper();
    try {
      const realTicks = systemProbe.startTicks(other.pid!);
      // Where /proc is missing the start time cannot be told apart, and only the boot id or a dead id frees a lock.
      const recorded = realTicks === null ? null : realTicks - 1;
      writeFileSync(join(dir, writerLockFileName), lockText({ pid: other.pid, host: systemProbe.host(), bootId: systemProbe.bootId(), startTicks: recorded }));
      const attempt = await takeWriterLock(dir);
      if (realTicks === null) expect(attempt.holder).toMatchObject({ pid: other.pid });
      else {
        expect(attempt.holder).toBeNull();
        expect(JSON.parse(readFileSync(join(dir, writerLockFileName), 'utf8'))).toMatchObject({ pid: process.pid, host: systemProbe.host() });
      }
    } finally {
      other.kill();
    }
  });

  it('keeps a lock whose live process is the one that wrote it', async () => {
    const dir = freshDir();
    const other = await sleeper();
    try {
      writeFileSync(join(dir, writerLockFileName), lockText({ pid: other.pid, host: systemProbe.host(), bootId: systemProbe.bootId(), startTicks: systemProbe.startTicks(other.pid!) }));
      expect((await takeWriterLock(dir)).holder).toEqual({ pid: other.pid, host: systemProbe.host(), otherHost: false });
    } finally {
      other.kill();
    }
  });

  it('takes a bare-pid lock of a live process that started after the lock was written', async () => {
    const dir = freshDir();
    const other = await sleeper();
    try {
      const lock = join(dir, writerLockFileName);
      writeFileSync(lock, String(other.pid));
      const anHourAgo = new Date(Date.now() - 3_600_000);
      utimesSync(lock, anHourAgo, anHourAgo);
      const attempt = await takeWriterLock(dir);
      expect(attempt.holder === null || systemProbe.startTime(other.pid!) === null).toBe(true);
    } finally {
      other.kill();
    }
  });

  it('is not kept out by a directory where the lock belongs: an empty one is removed, any other moved aside', async () => {
    const empty = freshDir();
    mkdirSync(join(empty, writerLockFileName));
    expect(await takeWriterLock(empty)).toMatchObject({ holder: null, movedAside: null });

    const full = freshDir();
    mkdirSync(join(full, writerLockFileName));
    writeFileSync(join(full, writerLockFileName, 'iets.txt'), 'van iemand anders');
    const attempt = await takeWriterLock(full);
    expect(attempt.holder).toBeNull();
    expect(attempt.movedAside).toMatch(/werkplaats-reader\.lock\.stray-\d+$/);
    expect(readFileSync(join(attempt.movedAside!, 'iets.txt'), 'utf8')).toBe('van iemand anders');
  });

  it('takes a live holder’s lock only when forced, after which the holder sees it lost', async () => {
    const dir = freshDir();
    const probe = fakeProbe(4242, 500, systemProbe.bootId() ?? 'boot-1');
    writeFileSync(join(dir, writerLockFileName), lockText({ host: 'vm', bootId: probe.bootId() }));
    expect((await takeWriterLock(dir, { probe })).holder).toMatchObject({ pid: 4242 });
    const forced = await takeWriterLock(dir, { probe, force: true });
    expect(forced.lock).not.toBeNull();
    expect(await forced.lock!.stillHeld()).toBe(true);
    writeFileSync(join(dir, writerLockFileName), lockText({}));
    expect(await forced.lock!.stillHeld()).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
