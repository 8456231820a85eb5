/** Entry point of `npm run web`: serves the app on 127.0.0.1 and opens it in the browser with a one-time link. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createNodeApi } from '../createNodeApi.js';
import { describeStartupNoticeForCli } from '../../common/startupNotice.js';
import { cliLanguage } from '../cli/cliLanguage.js';
import { parseArguments } from '../cli/parseArguments.js';
import { defaultDataDir, rendererDir } from '../paths.js';
import { startWebHost } from './webHost.js';

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => process.stdout.write('Kon de browser niet openen; open de link hierboven zelf. / Could not open the browser; open the link above yourself.\n'));
  child.unref();
}

async function main(): Promise<void> {
  const parsed = parseArguments(process.argv.slice(2), new Set(['port', 'data-dir']));
  const port = Number(parsed.flags.get('port') ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port moet een poortnummer zijn (0–65535).');
  const dataDir = resolve(String(parsed.flags.get('data-dir') ?? defaultDataDir()));
  const { api, notices } = await createNodeApi({ dataDir });
  for (const notice of notices) process.stderr.write(`${describeStartupNoticeForCli(notice, cliLanguage(parsed))}\n`);
  const host = await startWebHost({ api, rendererDir: rendererDir(), port });
  process.stdout.write(
    `Werkplaats Reader draait op ${host.url}\n` +
      'Deze link werkt één keer. / This link works once.\n' +
      `Gegevensmap: ${dataDir}\n` +
      (process.stdin.isTTY ? 'Enter geeft een nieuwe link, Ctrl+C stopt. / Enter prints a new link, Ctrl+C stops.\n' : 'Stop met Ctrl+C.\n'),
  );
  if (!parsed.flags.has('no-open')) openInBrowser(host.url);
  if (process.stdin.isTTY) process.stdin.on('data', () => process.stdout.write(`Nieuwe link / New link: ${host.newLaunchUrl()}\n`));
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    process.stderr.write('Die poort is al in gebruik. Kies een andere met --port N, of laat --port weg voor een vrije poort.\n');
    process.exitCode = 1;
    return;
  }
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
