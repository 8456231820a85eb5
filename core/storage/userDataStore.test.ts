import { describe, expect, it } from 'vitest';
import { Memory } from 'lowdb';
import { openUserDataStore } from './userDataStore.js';
import { currentSchemaVersion, type UserData } from './userData.js';

const state = (docId: string) => ({ docId, offset: 1, corpusVersion: 'v', updatedAt: '2026-11-23T10:00:00.000Z' });

/** An in-memory adapter whose next write can be made to fail, like a full disk. */
class FlakyMemory extends Memory<unknown> {
  failNext = false;
  override async write(data: unknown): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('disk full');
    }
    await super.write(structuredClone(data));
  }
}

describe('openUserDataStore', () => {
  it('keeps nothing of a change whose write failed, so a later write cannot persist it', async () => {
    const adapter = new FlakyMemory();
    const store = await openUserDataStore(adapter);
    adapter.failNext = true;
    await expect(store.update((data) => void (data.colorLabels[0] = 'verloren'))).rejects.toThrow('disk full');
    expect(store.data.colorLabels[0]).toBe('belangrijk');
    await store.update((data) => void (data.colorLabels[1] = 'bewaard'));
    const onDisk = (await adapter.read()) as UserData;
    expect(onDisk.colorLabels.slice(0, 2)).toEqual(['belangrijk', 'bewaard']);
    expect(store.data.colorLabels.slice(0, 2)).toEqual(['belangrijk', 'bewaard']);
  });

  it('keeps nothing of a reading position whose write failed', async () => {
    const reading = new FlakyMemory();
    const store = await openUserDataStore(new Memory(), { readingAdapter: reading });
    reading.failNext = true;
    await expect(store.updateReadingStates((states) => void (states.lost = state('lost')))).rejects.toThrow('disk full');
    expect(store.readingStates.lost).toBeUndefined();
    await store.updateReadingStates((states) => void (states.kept = state('kept')));
    expect(await reading.read()).toEqual({ schemaVersion: 1, readingStates: { kept: state('kept') } });
  });

  it('writes reading positions without rewriting the main data', async () => {
    const main = new FlakyMemory();
    const store = await openUserDataStore(main);
    await store.update((data) => void (data.colorLabels[0] = 'eerst'));
    main.failNext = true;
    await store.updateReadingStates((states) => void (states.a = state('a')));
    // The main adapter was never asked to write, so its armed failure is still waiting.
    await expect(store.update(() => undefined)).rejects.toThrow('disk full');
  });

  it('moves the reading positions of a version 2 file to the reading adapter, keeping the newer of both', async () => {
    const main = new Memory<unknown>();
    await main.write({ schemaVersion: 2, readingStates: { a: state('a'), b: { ...state('b'), offset: 7, updatedAt: '2026-01-01T00:00:00.000Z' } }, annotations: [], notebook: [] });
    const reading = new Memory<unknown>();
    await reading.write({ schemaVersion: 1, readingStates: { b: { ...state('b'), offset: 9, updatedAt: '2026-06-01T00:00:00.000Z' } } });
    const originals: unknown[] = [];
    const store = await openUserDataStore(main, { readingAdapter: reading, beforeMigrate: async (original) => void originals.push(original) });
    expect(store.migratedFrom).toBe(2);
    expect(originals).toHaveLength(1);
    expect(store.readingStates).toEqual({ a: state('a'), b: { ...state('b'), offset: 9, updatedAt: '2026-06-01T00:00:00.000Z' } });
    expect(await reading.read()).toEqual({ schemaVersion: 1, readingStates: store.readingStates });
    expect(await main.read()).not.toHaveProperty('readingStates');
    expect(await main.read()).toMatchObject({ schemaVersion: currentSchemaVersion });
  });

  it('hands records that fail their checks to the quarantine before writing the cleaned data', async () => {
    const main = new Memory<unknown>();
    const bad = { id: 'x', docId: 'd', note: 'geen document' };
    await main.write({ schemaVersion: currentSchemaVersion, annotations: [bad], notebook: [], colorLabels: 'kapot' });
    const kept: unknown[] = [];
    const store = await openUserDataStore(main, { quarantine: async (records) => void kept.push(...records) });
    expect(kept).toEqual(store.quarantined);
    expect(store.quarantined).toMatchObject([
      { place: 'annotations[0]', action: 'removed', record: bad },
      { place: 'colorLabels', action: 'removed', record: 'kapot' },
    ]);
    expect(await main.read()).toMatchObject({ annotations: [], colorLabels: ['belangrijk', 'vraag', 'definitie', 'voorbeeld', 'kritiek'] });
  });

  it('writes nothing when opened read-only, although records were set apart', async () => {
    const main = new FlakyMemory();
    await main.write({ schemaVersion: currentSchemaVersion, annotations: [null], notebook: [] });
    main.failNext = true;
    const store = await openUserDataStore(main, { readOnly: true, quarantine: () => Promise.reject(new Error('niet verwacht')) });
    expect(store.quarantined).toHaveLength(1);
    expect((await main.read()) as UserData).toEqual({ schemaVersion: currentSchemaVersion, annotations: [null], notebook: [] });
  });

  it('refuses writes when opened read-only, with the reason given', async () => {
    const store = await openUserDataStore(new Memory(), { readOnly: true, readOnlyReason: 'opened-elsewhere' });
    expect(store.readOnly).toBe(true);
    await expect(store.update(() => undefined)).rejects.toMatchObject({ code: 'read-only', params: { reason: 'opened-elsewhere' } });
  });
});
