import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { selectBackupsToKeep, type BackupEntry } from './selectBackupsToKeep.js';

const now = new Date('2026-11-23T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe('selectBackupsToKeep', () => {
  it('keeps the five newest and the newest of each of the last 30 days', () => {
    const backups: BackupEntry[] = Array.from({ length: 24 * 40 }, (_, hour) => ({ name: `b${hour}`, time: hoursAgo(hour) }));
    const keep = selectBackupsToKeep(backups, now);
    for (const name of ['b0', 'b1', 'b2', 'b3', 'b4']) expect(keep.has(name)).toBe(true);
    const days = new Set(backups.filter((backup) => keep.has(backup.name)).map((backup) => backup.time.toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(30);
    expect(keep.size).toBeLessThanOrEqual(5 + 31);
    expect(keep.has('b959')).toBe(false);
  });

  it('always keeps pinned backups and never more than five plus one a day otherwise', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ hours: fc.integer({ min: 0, max: 24 * 100 }), pinned: fc.boolean() }), { maxLength: 80 }), (specs) => {
        const backups = specs.map(({ hours, pinned }, index) => ({ name: `b${index}`, time: hoursAgo(hours), pinned }));
        const keep = selectBackupsToKeep(backups, now);
        for (const backup of backups) if (backup.pinned) expect(keep.has(backup.name)).toBe(true);
        const newest = [...backups].sort((a, b) => b.time.getTime() - a.time.getTime() || b.name.localeCompare(a.name))[0];
        if (newest) expect(keep.has(newest.name)).toBe(true);
        expect(keep.size).toBeLessThanOrEqual(5 + 31 + backups.filter((backup) => backup.pinned).length);
      }),
    );
  });
});
