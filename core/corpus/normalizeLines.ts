/** Why: dumps arrive with CRLF, NBSP, tabs and stray control characters, and every later rule wants plain, comparable lines. */

const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\u2060\uFEFF]/g;
const SPACE_LIKE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

/**
 * Splits raw page content into lines with unified line breaks and spaces.
 * Leading indentation is kept (tabs count as four spaces) because lists use it; inner runs of spaces
 * collapse to one and trailing spaces go. Lines holding only whitespace become empty.
 */
export function normalizeLines(content: string): string[] {
  return content
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .replace(SPACE_LIKE, ' ')
    .split('\n')
    .map(normalizeLine);
}

function normalizeLine(line: string): string {
  const indentation = /^[ \t]*/.exec(line)?.[0] ?? '';
  const body = line.slice(indentation.length).replace(/[ \t]+/g, ' ').trimEnd();
  return body === '' ? '' : indentation.replace(/\t/g, '    ') + body;
}
