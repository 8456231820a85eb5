import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The libraries are devDependencies now, so the built Node tools must carry them inside: run one where no node_modules exist.
const root = join(import.meta.dirname, '..', '..');
const folder = mkdtempSync(join(tmpdir(), 'werkplaats-bundles-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the built Node bundles (dist/node)', () => {
  it('run the CLI from a folder with no node_modules anywhere above it', () => {
    cpSync(join(root, 'dist', 'node', 'cli.mjs'), join(folder, 'dist', 'node', 'cli.mjs'));
    cpSync(join(root, 'dist', 'corpus'), join(folder, 'dist', 'corpus'), { recursive: true });
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ type: 'module' }));
    const output = execFileSync(process.execPath, [join(folder, 'dist', 'node', 'cli.mjs'), 'search', 'mantelzorg', '--json', '--data-dir', join(folder, 'data')], { cwd: folder, encoding: 'utf8' });
    const hits = JSON.parse(output) as { docId: string }[];
    expect(hits.length).toBeGreaterThan(0);
  });
});
