/** Why: the web host fuzz test needs reproducible hostile requests: the same seed always gives the same requests. */

/** A small, fast seeded generator (mulberry32); good enough to spread inputs, not for secrets. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the attacker knows about the host, and what a legitimate client would send. */
export interface FuzzTarget {
  port: number;
  cookieName: string;
  /** The real session secret: only requests marked `authorized` carry it. */
  token: string;
}

/** One request as bytes on the wire, and whether it carries valid credentials. */
export interface FuzzRequest {
  wire: Buffer;
  /** True when the request carries the real token (header, or cookie with this origin). */
  authorized: boolean;
  /** For the report: method and path as sent. */
  summary: string;
}

const apiMethods = ['listDocuments', 'getDocument', 'getAppInfo', 'search', 'findInDocument', 'createAnnotation', 'updateAnnotation', 'deleteAnnotation', 'saveNotebookNote', 'setReadingState', 'getReadingState', 'listAnnotations', 'constructor', '__proto__', 'toString', 'hasOwnProperty', ''];
const methods = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'TRACE', 'CONNECT', 'get', 'FOO', 'PRI', 'M-SEARCH', ''];
const pathPieces = ['/', '//', '/api/', '/api', 'api/', '..', '/..', '%', '%2e%2e', '%2F', '%00', '%E0%A4%A', '[', ']', ':99999', '@', '#', '?', '&', '=', 'é', '😀', '\\', '*', 'index.html', 'assets', 'doc/', 'launch=', '?launch=', '?token=', 'http://evil.example', ' ', '\t', '\u0000', '\r\n'];
const hostValues = (port: number) => [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, '127.0.0.1', `evil.example:${port}`, `127.0.0.1:${port + 1}`, '', '[', `127.0.0.1:${port}:${port}`, '\u00e9'];
const originValues = (port: number) => [`http://127.0.0.1:${port}`, `http://localhost:${port}`, `https://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`, 'null', 'https://evil.example', '', 'file://'];

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}

function randomString(random: () => number, maxLength: number, alphabet?: string): string {
  const length = Math.floor(random() * maxLength);
  let text = '';
  for (let index = 0; index < length; index += 1) {
    text += alphabet ? alphabet[Math.floor(random() * alphabet.length)] : String.fromCharCode(Math.floor(random() * (random() < 0.9 ? 128 : 0x3000)));
  }
  return text;
}

function randomJson(random: () => number, depth: number): unknown {
  const kind = Math.floor(random() * (depth > 4 ? 5 : 8));
  if (kind === 0) return null;
  if (kind === 1) return random() < 0.5;
  if (kind === 2) return pick(random, [0, -1, 1e308, -0, 2 ** 53, 3.14, 10_000_001]);
  if (kind === 3) return randomString(random, 40);
  if (kind === 4) return pick(random, ['werkplaats-zwolle', 'inleiding', '__proto__', '', 'x'.repeat(300), '<script>alert(1)</script>']);
  if (kind === 5) return Array.from({ length: Math.floor(random() * 4) }, () => randomJson(random, depth + 1));
  const object: Record<string, unknown> = {};
  for (let index = Math.floor(random() * 4); index > 0; index -= 1) object[pick(random, ['id', 'docId', 'query', 'offset', 'limit', 'color', 'tags', 'note', 'scope', 'selector', '__proto__', 'constructor', randomString(random, 8)])] = randomJson(random, depth + 1);
  return object;
}

function randomBody(random: () => number): Buffer {
  const kind = Math.floor(random() * 10);
  if (kind === 0) return Buffer.alloc(0);
  if (kind === 1) {
    const depth = pick(random, [65, 1_000, 50_000]);
    return Buffer.from(pick(random, ['[', '{"a":']).repeat(depth));
  }
  if (kind === 2) return Buffer.from(Array.from({ length: Math.floor(random() * 200) }, () => Math.floor(random() * 256)));
  if (kind === 3 && random() < 0.05) return Buffer.alloc(1024 * 1024 + 10, 0x20);
  if (kind === 4) return Buffer.from(randomString(random, 200));
  return Buffer.from(JSON.stringify(randomJson(random, 0)));
}

function randomPath(random: () => number): string {
  const kind = Math.floor(random() * 5);
  if (kind === 0) return `/api/${pick(random, apiMethods)}${random() < 0.2 ? pick(random, pathPieces) : ''}`;
  if (kind === 1) return `/?launch=${randomString(random, 70, '0123456789abcdef')}`;
  const pieces = Array.from({ length: 1 + Math.floor(random() * 6) }, () => (random() < 0.8 ? pick(random, pathPieces) : randomString(random, 12)));
  return (random() < 0.8 ? '/' : '') + pieces.join('');
}

/**
 * A random request: method, path, headers and body drawn from hostile and ordinary values. About one in
 * five carries the real credentials, so the test can tell accepted-with-token from accepted-without.
 */
export function randomRequest(random: () => number, target: FuzzTarget): FuzzRequest {
  const authorizedKind = random() < 0.2 ? pick(random, ['header', 'cookie'] as const) : null;
  // Most authorized requests are well-formed calls, so the run reaches validation and the API behind it.
  const wellFormed = authorizedKind !== null && random() < 0.7;
  const method = wellFormed ? 'POST' : pick(random, methods);
  // Half of those are calls that take no input, so they succeed and the run reaches the API behind validation too.
  const simpleCall = wellFormed && random() < 0.5;
  const path = simpleCall ? `/api/${pick(random, ['listDocuments', 'getAppInfo'])}` : wellFormed ? `/api/${pick(random, apiMethods)}` : randomPath(random);
  const body = simpleCall ? Buffer.from('{}') : wellFormed || random() < 0.6 ? randomBody(random) : Buffer.alloc(0);
  const headers: string[] = [];
  if (wellFormed || random() < 0.95) headers.push(`Host: ${wellFormed || random() < 0.85 ? `127.0.0.1:${target.port}` : pick(random, hostValues(target.port))}`);
  const origin = authorizedKind === 'cookie' ? `http://127.0.0.1:${target.port}` : random() < 0.4 ? pick(random, originValues(target.port)) : null;
  if (origin !== null) headers.push(`Origin: ${origin}`);
  if (authorizedKind === 'header') headers.push(`X-Werkplaats-Token: ${target.token}`);
  else if (random() < 0.3) headers.push(`X-Werkplaats-Token: ${pick(random, ['', target.token.slice(1), `${target.token}0`, randomString(random, 64, '0123456789abcdef'), target.token.toUpperCase()])}`);
  if (authorizedKind === 'cookie') headers.push(`Cookie: ${target.cookieName}=${target.token}`);
  else if (random() < 0.3) headers.push(`Cookie: ${pick(random, [`${target.cookieName}=`, `${target.cookieName}=${target.token.slice(2)}`, `werkplaats-1=${target.token}`, `${target.cookieName.toUpperCase()}=${target.token}`, randomString(random, 40)])}`);
  if (random() < 0.7) headers.push(`Content-Type: ${pick(random, ['application/json', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', ''])}`);
  if (random() < 0.1) headers.push(`${randomString(random, 10, 'abcXYZ-_')}: ${randomString(random, 30)}`);
  if (random() < 0.05) headers.push(`X-Long: ${'a'.repeat(20_000)}`);
  if (random() < 0.05) headers.push('Transfer-Encoding: chunked');
  headers.push(`Content-Length: ${body.length}`, 'Connection: close');
  const head = Buffer.from(`${method} ${path} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`, 'latin1');
  const chunked = headers.includes('Transfer-Encoding: chunked');
  return { wire: chunked ? head : Buffer.concat([head, body]), authorized: authorizedKind !== null, summary: `${method} ${path.slice(0, 80)}` };
}
