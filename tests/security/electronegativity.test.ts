import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';

interface Finding {
  check: string;
  severity: string;
  file: string;
  location: string;
  reason?: string;
}

describe('electronegativity', () => {
  it('finds no HIGH or MEDIUM issue in the Electron layer and the page, apart from reviewed ones with a written reason', () => {
    const output = execFileSync(process.execPath, ['scripts/electronegativity.mjs', '--json'], { encoding: 'utf8', timeout: 240_000 });
    const result = JSON.parse(output) as { scanned: string[]; findings: Finding[]; accepted: Finding[]; refused: Finding[] };
    for (const file of ['electron_main.ts', 'electron_preload.ts', 'electron_appProtocol.ts', 'index.html']) expect(result.scanned).toContain(file);
    expect(result.refused).toEqual([]);
    for (const finding of result.accepted) expect(finding.reason!.length).toBeGreaterThan(40);
    console.log(`electronegativity: ${result.findings.length} findings, ${result.accepted.length} HIGH/MEDIUM accepted after review (${[...new Set(result.accepted.map((finding) => finding.check))].join(', ')}), ${result.refused.length} refused`);
  }, 240_000);
});
