/** Why: the crash test needs a separate process that writes through the real storage stack and says which writes completed, so it can be killed mid-write. */
import { describeStartupNotice } from '../../common/startupNotice.js';
import { openUserData } from '../../node/storage/openUserData.js';
import { crashReadingState, crashVersion, sequenceOf } from './crashVersion.js';

/**
 * Opens the data folder given as the first argument, then writes versions seq+1, seq+2, … forever,
 * printing `ready <seq>` once open (plus `notice <text>` for each notice) and `ack <seq>` after each
 * version and then its reading position (in their own file) are durable. Meant to be killed.
 */
async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: crashWriter <dataDir> [backupIntervalMs]');
  const { store, notices } = await openUserData(dir, { backupIntervalMs: Number(process.argv[3] ?? 5) });
  for (const notice of notices) process.stdout.write(`notice ${describeStartupNotice(notice, 'en').replace(/\n/g, ' ')}\n`);
  let seq = sequenceOf(store.data) ?? 0;
  process.stdout.write(`ready ${seq}\n`);
  for (;;) {
    seq += 1;
    const version = crashVersion(seq);
    await store.update((data) => {
      data.annotations = version.annotations;
    });
    await store.updateReadingStates((states) => {
      states.crash = crashReadingState(seq);
    });
    process.stdout.write(`ack ${seq}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
  process.exit(1);
});
