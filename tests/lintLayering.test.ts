import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/** Lints one made-up file at `filePath` with the project's config and returns the rules it breaks. */
async function brokenRules(filePath: string, code: string): Promise<string[]> {
  const [result] = await new ESLint().lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId ?? message.message);
}

describe('lint layering', () => {
  it.each([
    ['renderer/x/Probe.tsx', "import { dispatch } from '../../core/api/dispatch.js';\nexport const probe = dispatch;\n", '@typescript-eslint/no-restricted-imports'],
    ['renderer/x/Probe.tsx', "import { readFile } from 'node:fs/promises';\nexport const probe = readFile;\n", '@typescript-eslint/no-restricted-imports'],
    ['core/x/probe.ts', "import { readFile } from 'node:fs';\nexport const probe = readFile;\n", 'no-restricted-imports'],
    ['core/x/probe.ts', "import { startWebHost } from '../../node/web/webHost.js';\nexport const probe = startWebHost;\n", 'no-restricted-imports'],
    ['common/probe.ts', "import { z } from 'zod';\nexport const probe = z;\n", 'no-restricted-imports'],
    ['common/probe.ts', "import { dispatch } from '../core/api/dispatch.js';\nexport const probe = dispatch;\n", 'no-restricted-imports'],
    ['electron/preload.ts', "import { methods } from '../core/api/contract.js';\nexport const probe = methods;\n", '@typescript-eslint/no-restricted-imports'],
  ])('refuses in %s: %j', async (filePath, code, rule) => {
    expect(await brokenRules(filePath, code)).toContain(rule);
  });

  it.each([
    ['renderer/x/Probe.tsx', "import type { WerkplaatsApi } from '../../core/api/contract.js';\nimport { isSafeHref } from '../../common/notes/isSafeHref.js';\nexport const probe: WerkplaatsApi | typeof isSafeHref | null = null;\n"],
    ['core/x/probe.ts', "import { isSafeHref } from '../../common/notes/isSafeHref.js';\nimport { z } from 'zod';\nexport const probe = [isSafeHref, z];\n"],
    ['electron/preload.ts', "import { ipcChannel } from '../core/api/transport.js';\nexport const probe = ipcChannel;\n"],
  ])('allows in %s: %j', async (filePath, code) => {
    expect(await brokenRules(filePath, code)).toEqual([]);
  });
});
