/**
 * One writer per data folder: the app and the web host each keep the data in memory, so two writers would
 * erase each other's changes. The lock names its holder by process id, process start time, boot and host,
 * so a reused process id (after a reboot) or a stray directory never leaves the data read-only.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, mkdir, readFile, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { isAlive } from './durableJsonFile.js';

/** File in the data folder that names the process allowed to write. */
export const writerLockFileName = 'werkplaats-reader.lock';

/** Who holds (or held) a writer lock, as written in the lock file. */
export interface LockOwner {
  pid: number;
  host: string;
  /** The kernel's boot id (Linux), to recognise a lock from before a reboot; null where unknown. */
  bootId: string | null;
  /** The process's start time in clock ticks since boot (Linux), to recognise a reused id; null where unknown. */
  startTicks: number | null;
  /** Unique per lock taken: a holder checks it before each write to notice that the lock was taken over. */
  token: string;
  /** ISO time the lock was taken. */
  since: string;
}

/** What the system tells about processes; tests pass a fake one. */
export interface ProcessProbe {
  isAlive(pid: number): boolean;
  /** Start time of `pid` in clock ticks since boot, or null where it cannot be read. */
  startTicks(pid: number): number | null;
  /** Start time of `pid` in milliseconds since the epoch, or null where it cannot be read. */
  startTime(pid: number): number | null;
  bootId(): string | null;
  host(): string;
}

const readText = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

/** Field 22 of `/proc/<pid>/stat` (after the command name, which may hold spaces). */
function linuxStartTicks(pid: number): number | null {
  const stat = readText(`/proc/${pid}/stat`);
  if (stat === null) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[19]);
  return Number.isFinite(ticks) ? ticks : null;
}

/** The probe of this machine: `/proc` on Linux; elsewhere only whether a process id is alive. */
export const systemProbe: ProcessProbe = {
  isAlive,
  startTicks: linuxStartTicks,
  startTime(pid) {
    const ticks = linuxStartTicks(pid);
    const bootSeconds = Number(/^btime (\d+)$/m.exec(readText('/proc/stat') ?? '')?.[1]);
    // USER_HZ is 100 on every Linux architecture Electron ships for.
    return ticks === null || !Number.isFinite(bootSeconds) ? null : bootSeconds * 1000 + ticks * 10;
  },
  bootId: () => readText('/proc/sys/kernel/random/boot_id')?.trim() || null,
  host: hostname,
};

/** Why a lock is kept: its holder may still run. */
export interface LiveHolder {
  pid: number;
  host: string;
  /** True when the holder runs on another machine (a shared folder), where this one cannot check it. */
  otherHost: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a lock file's owner: the current JSON form, or the bare process id older versions wrote. */
function parseOwner(text: string, probe: ProcessProbe): LockOwner | 'legacy' | null {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return 'legacy';
  try {
    const value: unknown = JSON.parse(trimmed);
    if (!isRecord(value) || typeof value.pid !== 'number' || !Number.isInteger(value.pid) || value.pid <= 0) return null;
    return {
      pid: value.pid,
      host: typeof value.host === 'string' ? value.host : probe.host(),
      bootId: typeof value.bootId === 'string' ? value.bootId : null,
      startTicks: typeof value.startTicks === 'number' ? value.startTicks : null,
      token: typeof value.token === 'string' ? value.token : '',
      since: typeof value.since === 'string' ? value.since : '',
    };
  } catch {
    return null;
  }
}

/**
 * Decides whether the lock in `text` (modified at `modified`) may still be held by a running process, and by
 * whom; null when it is certainly stale: unreadable, from before a reboot, or its process id is dead or now
 * belongs to a process that started later.
 */
export function liveHolder(text: string, modified: Date, probe: ProcessProbe = systemProbe): LiveHolder | null {
  const parsed = parseOwner(text, probe);
  if (parsed === null) return null;
  if (parsed === 'legacy') {
    const pid = Number(text.trim());
    // This process holds no lock it does not know of (see `held`), so its own id in an old lock is stale.
    if (pid === process.pid || !probe.isAlive(pid)) return null;
    const started = probe.startTime(pid);
    // A process that started after the lock was written cannot be the one that wrote it.
    if (started !== null && started > modified.getTime() + 1000) return null;
    return { pid, host: probe.host(), otherHost: false };
  }
  if (parsed.host !== probe.host()) return { pid: parsed.pid, host: parsed.host, otherHost: true };
  const boot = probe.bootId();
  if (parsed.bootId !== null && boot !== null && parsed.bootId !== boot) return null;
  if (parsed.pid === process.pid || !probe.isAlive(parsed.pid)) return null;
  const ticks = parsed.startTicks === null ? null : probe.startTicks(parsed.pid);
  if (ticks !== null && ticks !== parsed.startTicks) return null;
  return { pid: parsed.pid, host: parsed.host, otherHost: false };
}

/** The lock this process holds on a data folder. */
export interface WriterLock {
  path: string;
  owner: LockOwner;
  /** True while the lock file still names this process; false once someone took it over. */
  stillHeld(): Promise<boolean>;
}

const held = new Map<string, LockOwner>();
let exitHandlerAdded = false;

/** Removes, when the process exits, every lock file that still names this process. */
function releaseOnExit(): void {
  if (exitHandlerAdded) return;
  exitHandlerAdded = true;
  process.once('exit', () => {
    for (const [lock, owner] of held) {
      try {
        const current = parseOwner(readFileSync(lock, 'utf8'), systemProbe);
        if (current !== null && current !== 'legacy' && current.token === owner.token) unlinkSync(lock);
      } catch {
        // Already gone: nothing to release.
      }
    }
  });
}

function lockOf(path: string, owner: LockOwner): WriterLock {
  held.set(path, owner);
  releaseOnExit();
  return {
    path,
    owner,
    async stillHeld() {
      const text = await readFile(path, 'utf8').catch(() => null);
      if (text === null) return false;
      const current = parseOwner(text, systemProbe);
      return current !== null && current !== 'legacy' && current.token === owner.token;
    },
  };
}

function ownerFor(probe: ProcessProbe): LockOwner {
  return { pid: process.pid, host: probe.host(), bootId: probe.bootId(), startTicks: probe.startTicks(process.pid), token: randomUUID(), since: new Date().toISOString() };
}

/** Moves a directory found where the lock file belongs out of the way (removing it only when empty); returns where it went. */
async function clearStrayDirectory(path: string): Promise<string | null> {
  const removed = await rmdir(path).then(
    () => true,
    () => false,
  );
  if (removed) return null;
  const aside = `${path}.stray-${Date.now()}`;
  await rename(path, aside);
  return aside;
}

/** What taking the lock found. */
export type LockAttempt = { lock: WriterLock; holder: null; movedAside: string | null } | { lock: null; holder: LiveHolder; movedAside: string | null };

/**
 * Takes the writer lock of `dataDir` for this process. A lock whose holder no longer runs (see `liveHolder`)
 * and a directory in the lock's place are taken over; with `force`, a live holder's lock is too (the user
 * chose to, from the read-only banner). The lock file is created whole (written beside it, then linked), so
 * another process never reads a half-written one.
 */
export async function takeWriterLock(dataDir: string, options: { force?: boolean; probe?: ProcessProbe } = {}): Promise<LockAttempt> {
  const probe = options.probe ?? systemProbe;
  const path = join(dataDir, writerLockFileName);
  await mkdir(dataDir, { recursive: true });
  let movedAside: string | null = null;
  const known = held.get(path);
  if (known !== undefined && !options.force) {
    const text = await readFile(path, 'utf8').catch(() => '');
    const current = parseOwner(text, probe);
    if (current !== null && current !== 'legacy' && current.token === known.token) return { lock: lockOf(path, known), holder: null, movedAside };
  }
  const owner = ownerFor(probe);
  const temporary = join(dataDir, `.${writerLockFileName}.${process.pid}.${owner.token}.tmp`);
  await writeFile(temporary, JSON.stringify(owner), { mode: 0o600 });
  try {
    if (options.force) {
      const info = await stat(path).catch(() => null);
      if (info?.isDirectory()) movedAside = await clearStrayDirectory(path);
      await rename(temporary, path);
      return { lock: lockOf(path, owner), holder: null, movedAside };
    }
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        await link(temporary, path);
        return { lock: lockOf(path, owner), holder: null, movedAside };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const info = await stat(path).catch(() => null);
      if (info === null) continue;
      if (info.isDirectory()) {
        movedAside = (await clearStrayDirectory(path)) ?? movedAside;
        continue;
      }
      const text = await readFile(path, 'utf8').catch(() => null);
      if (text === null) continue;
      const holder = liveHolder(text, info.mtime, probe);
      if (holder !== null) return { lock: null, holder, movedAside };
      // Stale: remove it only if it is still the same stale file, then try again.
      const again = await readFile(path, 'utf8').catch(() => null);
      if (again === text) await unlink(path).catch(() => undefined);
    }
    const text = await readFile(path, 'utf8').catch(() => '');
    const info = await stat(path).catch(() => null);
    return { lock: null, holder: liveHolder(text, info?.mtime ?? new Date(), probe) ?? { pid: 0, host: probe.host(), otherHost: false }, movedAside };
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}
