/** Why: an imported file is hostile until proven otherwise, so its JSON is checked for size, depth and prototype keys before any schema sees it. */
import { formatPath, importProblem, importProblemAt, type ImportProblem } from './importProblem.js';

/** Largest import file, in bytes; hosts check the file size against it before reading. */
export const maxImportBytes = 32 * 1024 * 1024;
/** Deepest nesting of arrays and objects an import may have. */
export const maxImportDepth = 64;
/** Keys that could change an object's prototype when copied naively; refused wherever they appear. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Parsed JSON, or every reason it was refused. */
export type SafeJsonResult = { ok: true; value: unknown } | { ok: false; problems: ImportProblem[] };

/** Line and column (1-based) of `offset` in `text`, for messages. */
function placeOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    if (text.charCodeAt(index) === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset where nesting first exceeds `maxDepth`, or -1; a linear scan that never recurses. */
function findTooDeep(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92) index += 1;
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 91 || code === 123) {
      depth += 1;
      if (depth > maxDepth) return index;
    } else if (code === 93 || code === 125) depth -= 1;
  }
  return -1;
}

/** Every forbidden key in `value`, with its path; walks with an explicit stack. */
function findForbiddenKeys(value: unknown, limit: number): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const stack: { node: unknown; path: PropertyKey[] }[] = [{ node: value, path: [] }];
  while (stack.length > 0 && problems.length < limit) {
    const { node, path } = stack.pop()!;
    if (Array.isArray(node)) {
      for (let index = node.length - 1; index >= 0; index -= 1) stack.push({ node: node[index], path: [...path, index] });
    } else if (typeof node === 'object' && node !== null) {
      for (const key of Object.keys(node)) {
        if (forbiddenKeys.has(key)) problems.push(importProblem(formatPath([...path, key]), 'forbidden-key', { key }));
        else stack.push({ node: (node as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return problems;
}

/**
 * Parses `text` as JSON after checking its length and nesting depth, and refuses it when any object has a
 * `__proto__`, `constructor` or `prototype` key. Never throws.
 */
export function parseJsonSafely(text: string, { maxDepth = maxImportDepth, maxLength = maxImportBytes } = {}): SafeJsonResult {
  if (text.length > maxLength) return { ok: false, problems: [importProblem('', 'too-large', { megabytes: Math.round(maxLength / 1024 / 1024) })] };
  if (text.trim() === '') return { ok: false, problems: [importProblem('', 'empty-file')] };
  const tooDeep = findTooDeep(text, maxDepth);
  if (tooDeep >= 0) return { ok: false, problems: [importProblemAt(placeOf(text, tooDeep), 'too-deep', { levels: maxDepth })] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    return { ok: false, problems: [position === undefined ? importProblem('', 'not-json') : importProblemAt(placeOf(text, Number(position)), 'not-json')] };
  }
  const problems = findForbiddenKeys(value, 100);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value };
}
