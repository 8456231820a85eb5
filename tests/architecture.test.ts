import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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

/** The files `file` imports by a relative path (types included), as paths from the root, `.js` read as `.ts(x)`. */
function localImports(file: string): string[] {
  return importsOf(file)
    .filter(({ specifier }) => specifier.startsWith('.'))
    .map(({ specifier }) => relative(root, resolve(file, '..', specifier)))
    .map((target) => [target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.tsx'), target].find((candidate) => existsSync(candidate)) ?? target);
}

/** One import circle among `files`, as the list of files around it, or null. */
function findCircle(files: string[]): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === 'done') return null;
    if (state.get(file) === 'open') return [...stack.slice(stack.indexOf(file)), file];
    state.set(file, 'open');
    stack.push(file);
    for (const next of localImports(file)) {
      const circle = existsSync(next) ? visit(next) : null;
      if (circle) return circle;
    }
    stack.pop();
    state.set(file, 'done');
    return null;
  };
  for (const file of files) {
    const circle = visit(file);
    if (circle) return circle;
  }
  return null;
}

describe('architecture', () => {
  it('has no import circle anywhere in the source, type-only imports included', () => {
    const files = ['common', 'core', 'node', 'electron', 'renderer'].flatMap(sourceFiles).map((file) => relative(root, file));
    expect(findCircle(files)).toBeNull();
  });

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

  /** What the renderer may run: its own code, common/, and these browser packages. From the core it takes only types. */
  const rendererRuntime = { layers: ['renderer', 'common'], packages: /^(react|react-dom|@tiptap\/[a-z-]+|@tanstack\/react-query|@floating-ui\/react|intl-messageformat)(\/|$)/ };

  it('lets the renderer run only its own code, common/ and browser packages, and take only types from the core', () => {
    const statements = sourceFiles('renderer').flatMap(importsOf);
    expect(statements.length).toBeGreaterThan(0);
    const violations = statements.filter(({ file, specifier, typeOnly }) => {
      if (!specifier.startsWith('.')) return !typeOnly && !rendererRuntime.packages.test(specifier);
      const layer = layerOf(file, specifier);
      return typeOnly ? !['core', ...rendererRuntime.layers].includes(layer) : !rendererRuntime.layers.includes(layer);
    });
    expect(violations).toEqual([]);
  });

  describe('inside the renderer', () => {
    /** Building blocks that know no feature: they may import each other, never a feature folder or the shell. */
    const sharedLayers = ['api', 'appearance', 'components', 'format', 'hooks', 'i18n', 'routing', 'styles'];
    /** The shell on top: it may import anything. */
    const shellFiles = ['App.tsx', 'main.tsx', 'views.ts'];
    const statements = sourceFiles('renderer')
      .flatMap(importsOf)
      .filter(({ specifier }) => specifier.startsWith('.'))
      .map((statement) => ({ ...statement, from: relative('renderer', statement.file).split(sep), to: relative('renderer', resolve(statement.file, '..', statement.specifier)).split(sep) }))
      .filter(({ to }) => to[0] !== '..');
    const isFeature = (part: string[]) => part.length > 1 && !sharedLayers.includes(part[0]!);
    const isStrings = (part: string[]) => /Strings\.(js|ts)$/.test(part[part.length - 1]!);

    it('files every top-level file under the shell and every folder as a shared layer or a feature', () => {
      const loose = readdirSync('renderer', { withFileTypes: true }).filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name));
      expect(loose.map((entry) => entry.name).sort()).toEqual([...shellFiles].sort());
    });

    it('keeps the shared layers from importing features or the shell', () => {
      const violations = statements.filter(({ from, to }) => sharedLayers.includes(from[0]!) && (to.length === 1 || isFeature(to)));
      expect(violations.map(({ file, specifier }) => `${file} -> ${specifier}`)).toEqual([]);
    });

    it('lets a feature reach another feature only through its index, and never the shell', () => {
      const violations = statements.filter(({ from, to }) => {
        if (!isFeature(from)) return false;
        if (to.length === 1) return true;
        return isFeature(to) && to[0] !== from[0] && to.slice(1).join('/') !== 'index.js';
      });
      expect(statements.length).toBeGreaterThan(100);
      expect(violations.map(({ file, specifier }) => `${file} -> ${specifier}`)).toEqual([]);
    });

    it('keeps strings files plain data', () => {
      const violations = statements.filter(({ from, to }) => isStrings(from) && to.join('/') !== 'i18n/defineStrings.js');
      expect(violations.map(({ file, specifier }) => `${file} -> ${specifier}`)).toEqual([]);
    });

    it('has no import cycle among its modules', () => {
      const graph = new Map<string, string[]>();
      for (const { from, to, typeOnly } of statements) {
        if (typeOnly) continue;
        const source = from.join('/').replace(/\.tsx?$/, '');
        const target = to.join('/').replace(/\.js$/, '');
        graph.set(source, [...(graph.get(source) ?? []), target]);
      }
      const cycles: string[] = [];
      const state = new Map<string, 'open' | 'done'>();
      const visit = (node: string, path: string[]) => {
        if (state.get(node) === 'done') return;
        if (state.get(node) === 'open') {
          cycles.push([...path.slice(path.indexOf(node)), node].join(' -> '));
          return;
        }
        state.set(node, 'open');
        for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
        state.set(node, 'done');
      };
      for (const node of graph.keys()) visit(node, []);
      expect(cycles).toEqual([]);
    });
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
    expect(preload).not.toMatch(/ipcRenderer\.(send|sendSync)\b/);
    // The page listens on one channel only: the main process's commands (menu, second launch), each checked by parseAppCommand.
    expect([...preload.matchAll(/ipcRenderer\.(on|once|addListener)\(([^,]+),/g)].map((match) => match[2])).toEqual(['appCommandChannel']);
  });
});
