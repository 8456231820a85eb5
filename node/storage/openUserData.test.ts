import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openUserData, userDataFileName } from './openUserData.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'werkplaats-data-'));
const state = (docId: string, offset: number) => ({ docId, offset, corpusVersion: 'v1', updatedAt: '2026-01-01T00:00:00.000Z' });

describe('openUserData', () => {
  it('starts empty in a new folder and writes nothing until asked', async () => {
    const dir = freshDir();
    const { store, notices } = await openUserData(dir);
    expect(store.data.readingStates).toEqual({});
    expect(notices).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('persists writes to a real JSON file that a restart reads back', async () => {
    const dir = freshDir();
    const first = await openUserData(dir);
    await first.store.update((data) => {
      data.readingStates.a = state('a', 120);
    });
    const second = await openUserData(dir);
    expect(second.store.data.readingStates.a).toEqual(state('a', 120));
    expect(JSON.parse(readFileSync(join(dir, userDataFileName), 'utf8')).schemaVersion).toBe(1);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('applies concurrent updates one after another, losing none', async () => {
    const dir = freshDir();
    const { store } = await openUserData(dir);
    await Promise.all(
      Array.from({ length: 25 }, (_, index) =>
        store.update((data) => {
          data.readingStates[`doc-${index}`] = state(`doc-${index}`, index);
        }),
      ),
    );
    const reopened = await openUserData(dir);
    expect(Object.keys(reopened.store.data.readingStates)).toHaveLength(25);
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
          const { store, notices } = await openUserData(dir, () => new Date('2026-11-23T10:00:00Z'));
          expect(store.data.readingStates).toEqual({});
          expect(notices.join(' ')).toMatch(/beschadigd/);
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
    expect(notices.join(' ')).toMatch(/nieuwere versie/);
    await expect(store.update(() => undefined)).rejects.toThrow(/alleen gelezen/);
    expect(readFileSync(join(dir, userDataFileName), 'utf8')).toBe(newer);
  });
});
