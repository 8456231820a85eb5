// Updates the README's pictures on purpose: runs the screenshot specs with docs/screenshots as their folder.
// Usage: npm run screenshots
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const specs = ['tests/e2e/screenshots.spec.ts', 'tests/e2e/themesScreenshots.spec.ts', 'tests/e2e/notesScreenshots.spec.ts', 'tests/e2e/search.spec.ts'];
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--if-stale', '--quiet'], { cwd: root, stdio: 'inherit' });
execFileSync(process.execPath, [join(root, 'node_modules/@playwright/test/cli.js'), 'test', ...specs, '--grep', 'screenshot'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, WERKPLAATS_SCREENSHOTS_DIR: join(root, 'docs', 'screenshots') },
});
