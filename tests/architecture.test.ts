import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';

/**
 * Layering rules: `common/` depends on nothing; the pure core on `common/` and packages only; the renderer runs
 * only its own code, `common/` and browser packages, and takes nothing but types from the core.
 */

interface ImportStatement {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(file: string): ImportStatement[] {
  const text = readFileSync(file, 'utf8');
  const pattern = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  const dynamic = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
  const found: ImportStatement[] = [];
  for (const match of text.matchAll(pattern)) found.push({ file, specifier: match[3]!, typeOnly: Boolean(match[2]) });
  for (const match of text.matchAll(dynamic)) found.push({ file, specifier: match[1]!, typeOnly: false });
  return found;
}

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const root = resolve('.');

function layerOf(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return `package:${specifier}`;
  return relative(root, resolve(file, '..', specifier)).split(sep)[0]!;
}

describe('architecture', () => {
  it('keeps common/ free of every import but its own files, so both sides can run it', () => {
    const statements = sourceFiles('common').flatMap(importsOf);
    expect(statements.filter(({ file, specifier }) => !specifier.startsWith('.') || layerOf(file, specifier) !== 'common')).toEqual([]);
  });

  it('keeps the core free of Node, Electron, React and other layers', () => {
    const violations = sourceFiles('core')
      .flatMap(importsOf)
      .filter(({ file, specifier }) => builtins.has(specifier) || /^(electron|react|react-dom|lowdb\/node)(\/|$)/.test(specifier) || (specifier.startsWith('.') && !['core', 'common'].includes(layerOf(file, specifier))));
    expect(violations).toEqual([]);
  });

  it('lets the renderer run only its own code and common/, take only types from the core, and nothing from Node or Electron', () => {
    const statements = sourceFiles('renderer').flatMap(importsOf);
    expect(statements.length).toBeGreaterThan(0);
    const violations = statements.filter(({ file, specifier, typeOnly }) => {
      if (builtins.has(specifier) || /^(electron|lowdb|flexsearch|zod)(\/|$)/.test(specifier)) return true;
      if (!specifier.startsWith('.')) return false;
      const layer = layerOf(file, specifier);
      return layer === 'core' ? !typeOnly : layer !== 'renderer' && layer !== 'common';
    });
    expect(violations).toEqual([]);
  });

  it('keeps Electron out of the Node host, so the web host and CLI run without it', () => {
    const violations = sourceFiles('node')
      .flatMap(importsOf)
      .filter(({ file, specifier }) => /^electron(\/|$)/.test(specifier) || /^react/.test(specifier) || (specifier.startsWith('.') && !['common', 'core', 'node'].includes(layerOf(file, specifier))));
    expect(violations).toEqual([]);
  });

  it('keeps the preload away from the method table: it imports only the wire constants', () => {
    const local = importsOf('electron/preload.ts').filter(({ specifier, typeOnly }) => specifier.startsWith('.') && !typeOnly);
    expect(local.map(({ specifier }) => specifier)).toEqual(['../core/api/transport.js']);
  });

  it('has the Electron layer talk to the page through one preload bridge only', () => {
    const preload = readFileSync('electron/preload.ts', 'utf8');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).not.toMatch(/ipcRenderer\.(on|send|sendSync)\b/);
  });
});
