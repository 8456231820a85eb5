/** Why: backups must cover both the last few sessions and a longer stretch of days without filling the disk. */

/** A backup file as the pruning policy sees it. */
export interface BackupEntry {
  name: string;
  /** When it was taken. */
  time: Date;
  /** Pinned backups (taken before a migration) are always kept. */
  pinned?: boolean;
}

export interface BackupPolicy {
  /** How many of the newest backups to keep regardless of age. */
  keepLatest: number;
  /** For how many days back one backup per (UTC) day is kept. */
  keepDays: number;
}

/** Keep the last 5, plus the newest of each day for 30 days. */
export const defaultBackupPolicy: BackupPolicy = { keepLatest: 5, keepDays: 30 };

const dayOf = (time: Date) => time.toISOString().slice(0, 10);

/** Names of the backups to keep under `policy` at `now`: the newest few, the newest of each recent day, and pinned ones. */
export function selectBackupsToKeep(backups: readonly BackupEntry[], now: Date, policy: BackupPolicy = defaultBackupPolicy): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.time.getTime() - a.time.getTime() || b.name.localeCompare(a.name));
  const keep = new Set<string>(newestFirst.slice(0, policy.keepLatest).map((backup) => backup.name));
  const oldestDay = now.getTime() - policy.keepDays * 24 * 60 * 60 * 1000;
  const daysSeen = new Set<string>();
  for (const backup of newestFirst) {
    if (backup.pinned) keep.add(backup.name);
    const day = dayOf(backup.time);
    if (backup.time.getTime() >= oldestDay && !daysSeen.has(day)) keep.add(backup.name);
    daysSeen.add(day);
  }
  return keep;
}
