import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStartupNotice, type StartupNotice } from '../../common/startupNotice.js';
import { openUserData, readingFileName, userDataFileName } from './openUserData.js';
import { systemProbe, writerLockFileName } from './writerLock.js';
import { spawn } from 'node:child_process';
import { currentSchemaVersion, emptyUserData } from '../../core/storage/userData.js';

/** The notices as Dutch sentences, times in UTC. */
const dutch = (notices: readonly StartupNotice[]) => notices.map((notice) => describeStartupNotice(notice, 'nl', { timeZone: 'UTC' })).join(' ');
const freshDir = () => mkdtempSync(join(tmpdir(), 'werkplaats-data-'));
const state = (docId: string, offset: number) => ({ docId, offset, corpusVersion: 'v1', updatedAt: '2026-01-01T00:00:00.000Z' });

describe('openUserData', () => {
  it('starts empty in a new folder and writes nothing until asked', async () => {
    const dir = freshDir();
    const { store, notices } = await openUserData(dir);
    expect(store.readingStates).toEqual({});
    expect(notices).toEqual([]);
    // Only the writer lock: no data file until something is saved.
    expect(readdirSync(dir)).toEqual([writerLockFileName]);
  });

  it('opens read-only, with a notice, while another live process holds the writer lock', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, userDataFileName), JSON.stringify({ schemaVersion: 2, readingStates: {}, annotations: [], notebook: [] }));
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      writeFileSync(join(dir, writerLockFileName), String(other.pid));
      const { store, notices } = await openUserData(dir);
      expect(store.readOnly).toBe(true);
      expect(dutch(notices)).toMatch(new RegExp(`ander venster of proces \\(proces ${other.pid}\\)`));
      await expect(store.update(() => undefined)).rejects.toMatchObject({ code: 'read-only', params: { reason: 'opened-elsewhere' } });
    } finally {
      other.kill();
    }
  });

  it('lets the user take over the data from a live holder, after which that holder refuses to save', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, userDataFileName), JSON.stringify({ ...emptyUserData(), colorLabels: ['eigen', 'vraag', 'definitie', 'voorbeeld', 'kritiek'] }));
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    await new Promise((resolve) => other.once('spawn', resolve));
    try {
      const otherLock = { pid: other.pid, host: systemProbe.host(), bootId: systemProbe.bootId(), startTicks: systemProbe.startTicks(other.pid!), token: 'ander', since: new Date().toISOString() };
      writeFileSync(join(dir, writerLockFileName), JSON.stringify(otherLock));
      const first = await openUserData(dir);
      expect(first.store.readOnly).toBe(true);
      expect(first.lockHolder).toMatchObject({ pid: other.pid });
      const taken = await openUserData(dir, { takeOver: true });
      expect(taken.store.readOnly).toBe(false);
      expect(taken.store.data.colorLabels[0]).toBe('eigen');
      await taken.store.update((data) => void (data.colorLabels[0] = 'hier'));
      // The other process takes it back: this one now refuses instead of overwriting its changes.
      writeFileSync(join(dir, writerLockFileName), JSON.stringify(otherLock));
      await expect(taken.store.update((data) => void (data.colorLabels[0] = 'kwijt'))).rejects.toMatchObject({ code: 'read-only', params: { reason: 'taken-over' } });
      await expect(taken.store.updateReadingStates((states) => void (states.a = state('a', 1)))).rejects.toMatchObject({ code: 'read-only' });
      expect(JSON.parse(readFileSync(join(dir, userDataFileName), 'utf8')).colorLabels[0]).toBe('hier');
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const dir = freshDir();
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(join(dir, writerLockFileName), String(gone.pid));
    const { store } = await openUserData(dir);
    expect(store.readOnly).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, writerLockFileName), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('reads without a lock and without repairing anything when asked only to read', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, userDataFileName), '{kapot');
    const { store, notices } = await openUserData(dir, { readOnly: true });
    expect(store.readOnly).toBe(true);
    expect(dutch(notices)).toMatch(/beschadigd/);
    expect(readdirSync(dir)).toEqual([userDataFileName]);
    expect(readFileSync(join(dir, userDataFileName), 'utf8')).toBe('{kapot');
  });

  it('persists writes to a real JSON file that a restart reads back', async () => {
    const dir = freshDir();
    const first = await openUserData(dir);
    await first.store.updateReadingStates((states) => {
      states.a = state('a', 120);
    });
    const second = await openUserData(dir);
    expect(second.store.readingStates.a).toEqual(state('a', 120));
    expect(JSON.parse(readFileSync(join(dir, readingFileName), 'utf8'))).toEqual({ schemaVersion: 1, readingStates: { a: state('a', 120) } });
    await second.store.update((data) => void (data.colorLabels[0] = 'kern'));
    expect(JSON.parse(readFileSync(join(dir, userDataFileName), 'utf8'))).toMatchObject({ schemaVersion: currentSchemaVersion, colorLabels: ['kern', 'vraag', 'definitie', 'voorbeeld', 'kritiek'] });
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('applies concurrent updates one after another, losing none', async () => {
    const dir = freshDir();
    const { store } = await openUserData(dir);
    await Promise.all(
      Array.from({ length: 25 }, (_, index) =>
        store.updateReadingStates((states) => {
          states[`doc-${index}`] = state(`doc-${index}`, index);
        }),
      ),
    );
    const reopened = await openUserData(dir);
    expect(Object.keys(reopened.store.readingStates)).toHaveLength(25);
  });

  it('moves a corrupt file aside, keeps its bytes, says so, and starts empty', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constant('{"schemaVersion":1,"readingStates":{"a":'),
          fc.constant('\u0000'.repeat(64)),
          fc.uint8Array({ minLength: 1, maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
          fc.constant('[1,2,3]'),
          fc.constant('{"schemaVersion":"twee"}'),
        ),
        async (content) => {
          let parsesAsData = false;
          try {
            const value = JSON.parse(content);
            parsesAsData = typeof value === 'object' && value !== null && !Array.isArray(value) && (value.schemaVersion === undefined || Number.isInteger(value.schemaVersion));
          } catch {
            parsesAsData = false;
          }
          fc.pre(!parsesAsData);
          const dir = freshDir();
          writeFileSync(join(dir, userDataFileName), content, 'latin1');
          const { store, notices } = await openUserData(dir, { now: () => new Date('2026-11-23T10:00:00Z') });
          expect(store.readingStates).toEqual({});
          expect(dutch(notices)).toMatch(/beschadigd/);
          const aside = readdirSync(dir).find((name) => name.includes('.corrupt-'));
          expect(aside).toBeDefined();
          expect(readFileSync(join(dir, aside!), 'latin1')).toBe(content);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('opens a file from a newer app read-only and refuses to overwrite it', async () => {
    const dir = freshDir();
    const newer = JSON.stringify({ schemaVersion: 99, readingStates: {}, somethingNew: [1, 2] });
    writeFileSync(join(dir, userDataFileName), newer);
    const { store, notices } = await openUserData(dir);
    expect(store.readOnly).toBe(true);
    expect(dutch(notices)).toMatch(/nieuwere versie/);
    await expect(store.update(() => undefined)).rejects.toMatchObject({ code: 'read-only', params: { reason: 'newer-version' } });
    expect(readFileSync(join(dir, userDataFileName), 'utf8')).toBe(newer);
  });

  it('backs up a version 1 file byte for byte before migrating it to the current version, moving its reading positions to their own file', async () => {
    const dir = freshDir();
    const v1 = JSON.stringify({ schemaVersion: 1, readingStates: { a: state('a', 7) } }, null, 2);
    writeFileSync(join(dir, userDataFileName), v1);
    const { store, notices } = await openUserData(dir, { now: () => new Date('2026-11-23T10:00:00Z') });
    expect(notices).toEqual([]);
    expect(store.migratedFrom).toBe(1);
    expect(store.data).toMatchObject({ schemaVersion: currentSchemaVersion, annotations: [], notebook: [] });
    expect(store.readingStates).toEqual({ a: state('a', 7) });
    const migrated = JSON.parse(readFileSync(join(dir, userDataFileName), 'utf8'));
    expect(migrated.schemaVersion).toBe(currentSchemaVersion);
    expect(migrated).not.toHaveProperty('readingStates');
    expect(JSON.parse(readFileSync(join(dir, readingFileName), 'utf8'))).toEqual({ schemaVersion: 1, readingStates: { a: state('a', 7) } });
    const premigration = readdirSync(join(dir, 'backups')).find((name) => name.includes('voor-migratie-v1'));
    expect(premigration).toBeDefined();
    expect(JSON.parse(readFileSync(join(dir, 'backups', premigration!), 'utf8'))).toEqual(JSON.parse(v1));
  });

  it('takes a backup at start and after writes once the interval has passed, keeping the last five plus one a day', async () => {
    const dir = freshDir();
    let clock = Date.parse('2026-11-01T08:00:00Z');
    const now = () => new Date(clock);
    for (let day = 0; day < 12; day += 1) {
      const { store } = await openUserData(dir, { now, backupIntervalMs: 60_000 });
      for (let write = 0; write < 4; write += 1) {
        clock += 61_000;
        await store.update((data) => {
          data.colorLabels[0] = `dag ${day} keer ${write}`;
        });
      }
      clock += 24 * 3_600_000;
    }
    const backups = readdirSync(join(dir, 'backups'));
    const days = new Set(backups.map((name) => name.slice('werkplaats-reader-'.length, 'werkplaats-reader-'.length + 10)));
    expect(days.size).toBe(12);
    expect(backups.length).toBeLessThanOrEqual(5 + 12);
    expect(backups.length).toBeGreaterThanOrEqual(12);
  });

  it('restores the newest good backup when the file is damaged, skipping damaged backups, and says so', async () => {
    const dir = freshDir();
    const good = (offset: number) => JSON.stringify({ ...emptyUserData(), schemaVersion: 2, readingStates: { a: state('a', offset) } });
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', 'werkplaats-reader-2026-11-20T10-00-00-000Z.json'), good(1));
    writeFileSync(join(dir, 'backups', 'werkplaats-reader-2026-11-21T10-00-00-000Z.json'), good(2));
    writeFileSync(join(dir, 'backups', 'werkplaats-reader-2026-11-22T10-00-00-000Z.json'), good(3).slice(0, 20));
    writeFileSync(join(dir, userDataFileName), good(4).slice(0, 30));
    const { store, notices } = await openUserData(dir, { now: () => new Date('2026-11-23T10:00:00Z') });
    expect(store.readingStates.a?.offset).toBe(2);
    expect(dutch(notices)).toMatch(/beschadigd.*reservekopie, van 21 november 2026 om 10:00, is teruggezet/);
    expect(notices).toContainEqual(expect.objectContaining({ code: 'data-recovered', folder: dir, params: expect.objectContaining({ backupFile: 'werkplaats-reader-2026-11-21T10-00-00-000Z.json' }) }));
    // The sentence names files, never the folder they are in; the UI shows that only on request.
    expect(dutch(notices)).not.toContain(dir);
    expect(readdirSync(join(dir, 'backups'))).toContain('werkplaats-reader-2026-11-22T10-00-00-000Z.json');
    const aside = readdirSync(dir).find((name) => name.includes('.corrupt-'));
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe(good(4).slice(0, 30));
  });

  it('never crashes on a damaged file: truncated, NUL-filled or random bytes, with or without backups', async () => {
    const valid = JSON.stringify({
      ...emptyUserData(),
      readingStates: { a: state('a', 5) },
      annotations: [
        {
          id: 'n1',
          docId: 'a',
          corpusVersion: 'v1',
          selectors: [{ type: 'TextPositionSelector', start: 0, end: 4 }],
          color: 1,
          tags: ['x'],
          note: null,
          noteText: '',
          created: 't',
          modified: 't',
          deleted: null,
        },
      ],
    });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.integer({ min: 0, max: valid.length - 1 }).map((length) => Buffer.from(valid.slice(0, length))),
          fc.integer({ min: 1, max: 4096 }).map((length) => Buffer.alloc(length, 0)),
          fc.uint8Array({ minLength: 1, maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
          fc.integer({ min: 1, max: valid.length - 1 }).map((at) => Buffer.from(valid.slice(0, at) + '\u0000'.repeat(valid.length - at))),
        ),
        fc.boolean(),
        async (damaged, withBackup) => {
          let parses = true;
          try {
            JSON.parse(damaged.toString('utf8'));
          } catch {
            parses = false;
          }
          fc.pre(!parses);
          const dir = freshDir();
          if (withBackup) {
            mkdirSync(join(dir, 'backups'));
            writeFileSync(join(dir, 'backups', 'werkplaats-reader-2026-11-22T10-00-00-000Z.json'), valid);
          }
          writeFileSync(join(dir, userDataFileName), damaged);
          const { store, notices } = await openUserData(dir, { now: () => new Date('2026-11-23T10:00:00Z') });
          expect(dutch(notices)).toMatch(/beschadigd/);
          const aside = readdirSync(dir).find((name) => name.includes('.corrupt-'));
          expect(readFileSync(join(dir, aside!)).equals(damaged)).toBe(true);
          if (withBackup) {
            expect(dutch(notices)).toMatch(/teruggezet/);
            expect(store.data.annotations.map((annotation) => annotation.id)).toEqual(['n1']);
          } else {
            // Without a backup, the annotation is there exactly when the damage left it whole.
            expect(store.data.annotations).toEqual(damaged.includes(Buffer.from(JSON.stringify(JSON.parse(valid).annotations[0]))) ? JSON.parse(valid).annotations : []);
          }
          await store.updateReadingStates((states) => {
            states.b = state('b', 1);
          });
          expect((await openUserData(dir)).store.readingStates.b).toEqual(state('b', 1));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('treats a data file holding only JSON null as damage: moved aside, said so, and the backup restored', async () => {
    const dir = freshDir();
    mkdirSync(join(dir, 'backups'));
    writeFileSync(join(dir, 'backups', 'werkplaats-reader-2026-11-22T10-00-00-000Z.json'), JSON.stringify({ ...emptyUserData(), colorLabels: ['uit', 'de', 'reserve', 'kopie', 'hier'] }));
    writeFileSync(join(dir, userDataFileName), 'null');
    const { store, notices } = await openUserData(dir, { now: () => new Date('2026-11-23T10:00:00Z') });
    expect(dutch(notices)).toMatch(/beschadigd.*teruggezet/);
    expect(store.data.colorLabels[0]).toBe('uit');
    const aside = readdirSync(dir).find((name) => name.includes('.corrupt-'));
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe('null');
  });

  it('sets apart a top-level __proto__ key and a null reading position, with a notice, keeping everything else', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, userDataFileName), '{"schemaVersion":3,"annotations":[],"notebook":[],"__proto__":{"isAdmin":true}}');
    writeFileSync(join(dir, readingFileName), JSON.stringify({ schemaVersion: 1, readingStates: { weg: null, a: state('a', 3) } }));
    const { store, notices } = await openUserData(dir, { now: () => new Date('2026-11-23T10:00:00Z') });
    expect(store.readingStates).toEqual({ a: state('a', 3) });
    expect(dutch(notices)).toMatch(/1 leespositie en 1 ander onderdeel konden niet worden gelezen en zijn apart gezet in .*quarantine/);
    const quarantine = readdirSync(dir).find((name) => name.startsWith('werkplaats-reader.quarantine-'))!;
    const records = JSON.parse(readFileSync(join(dir, quarantine), 'utf8')).records;
    expect(records.map((record: { place: string }) => record.place)).toEqual(['__proto__', 'readingFile.readingStates["weg"]']);
    expect(readFileSync(join(dir, userDataFileName), 'utf8')).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('moves a damaged reading-state file aside and keeps the positions still readable in it', async () => {
    const dir = freshDir();
    const damaged = `{"schemaVersion":1,"readingStates":{"a":${JSON.stringify(state('a', 9))},"b":{"docId":"b","off`;
    writeFileSync(join(dir, readingFileName), damaged);
    const { store, notices } = await openUserData(dir, { now: () => new Date('2026-11-23T10:00:00Z') });
    expect(store.readingStates).toEqual({ a: state('a', 9) });
    expect(dutch(notices)).toMatch(/leesposities waren beschadigd/);
    const aside = readdirSync(dir).find((name) => name.startsWith(`${readingFileName}.corrupt-`));
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe(damaged);
    expect(JSON.parse(readFileSync(join(dir, readingFileName), 'utf8'))).toEqual({ schemaVersion: 1, readingStates: { a: state('a', 9) } });
  });

  it('removes temp files a crashed writer left behind', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, `.${userDataFileName}.99999999.1.tmp`), '{"half');
    await openUserData(dir);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
