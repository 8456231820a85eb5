import { describe, expect, it } from 'vitest';
import { Memory } from 'lowdb';
import { openUserDataStore } from './userDataStore.js';
import type { UserData } from './userData.js';

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
    await expect(store.update((data) => void (data.readingStates.lost = state('lost')))).rejects.toThrow('disk full');
    expect(store.data.readingStates.lost).toBeUndefined();
    await store.update((data) => void (data.readingStates.kept = state('kept')));
    const onDisk = (await adapter.read()) as UserData;
    expect(Object.keys(onDisk.readingStates)).toEqual(['kept']);
    expect(Object.keys(store.data.readingStates)).toEqual(['kept']);
  });

  it('refuses writes when opened read-only, with the reason given', async () => {
    const store = await openUserDataStore(new Memory(), { readOnly: true, readOnlyReason: 'opened-elsewhere' });
    expect(store.readOnly).toBe(true);
    await expect(store.update(() => undefined)).rejects.toMatchObject({ code: 'read-only', params: { reason: 'opened-elsewhere' } });
  });
});
