/** Packs the app with a stand-in Electron and measures what users download: the size and contents of app.asar. */
import { listPackage, statFile } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeStandInElectronDist } from '../../tests/support/standInElectron.js';

/** What `npm run package` put into app.asar. */
export interface AppAsarSize {
  /** Size of app.asar in bytes. */
  bytes: number;
  /** Number of files in it. */
  files: number;
  /** Bytes of the corpus files (dist/corpus) inside it. */
  corpusBytes: number;
}

/** Runs `npm run package` for Linux into a temporary folder and measures the resulting app.asar. */
export async function measureAppAsar(root: string): Promise<AppAsarSize> {
  const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  const electron = await writeStandInElectronDist(electronVersion);
  const output = mkdtempSync(join(tmpdir(), 'werkplaats-bench-package-'));
  try {
    const run = spawnSync('npm', ['run', '-s', 'package', '--', '--linux', `-c.electronDist=${electron.folder}`, `-c.directories.output=${output}`], { cwd: root, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`npm run package failed:\n${run.stderr}`);
    const asar = join(output, 'linux-unpacked', 'resources', 'app.asar');
    const entries = listPackage(asar, { isPack: false }).map((path) => path.replace(/^[\\/]/, ''));
    const sizes = entries.map((path) => ({ path, size: (statFile(asar, path) as { size?: number }).size }));
    const files = sizes.filter((entry) => entry.size !== undefined);
    const corpusBytes = files.filter((entry) => entry.path.startsWith('dist/corpus/')).reduce((sum, entry) => sum + entry.size!, 0);
    return { bytes: statSync(asar).size, files: files.length, corpusBytes };
  } finally {
    electron.remove();
    rmSync(output, { recursive: true, force: true });
  }
}
