/** Entry point of the `werkplaats` command. */
import { runCli } from './cli.js';

const exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  raw: (text) => process.stdout.write(text),
});
process.exitCode = exitCode;
