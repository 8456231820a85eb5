/** What a launch asks the app to open: a `werkplaats://` link or a file to import, read from the command line of a (second) launch. */
import { parseDeepLink, type DeepLink } from '../../core/links/deepLink.js';
import { packLinkFileName, packLinkPrefix, parsePackLink } from '../../core/readingRoutes/packLink.js';

/** File kinds a launch may hand over for import: the W3C JSON backup and the Markdown export. */
export const importableExtensions = ['.json', '.md'] as const;

/** The first thing a launch asks to open; a `file` that turns out to be a reading-route pack becomes a `pack` once the shell has read it. */
export type LaunchTarget = { kind: 'link'; link: DeepLink } | { kind: 'file'; path: string } | { kind: 'pack'; file: string; content: string };

/**
 * Reads `argv` of a launch (the executable first; in development also the app folder): the first
 * `werkplaats://` argument that parses (a link into a document, or a reading route carried in a
 * `werkplaats://pack/…` link), else the first argument naming an importable file. Flags
 * (`--…`), the executable and `appPath` are skipped; a malformed link is ignored, never guessed at.
 */
export function findLaunchTarget(argv: readonly string[], appPath: string | null = null): LaunchTarget | null {
  const candidates = argv.slice(1).filter((argument) => !argument.startsWith('-') && argument !== appPath && argument !== '.');
  for (const argument of candidates) {
    if (argument.toLowerCase().startsWith(packLinkPrefix)) {
      const pack = parsePackLink(argument);
      if (pack.ok) return { kind: 'pack', file: packLinkFileName, content: pack.content };
    } else if (/^werkplaats:/i.test(argument)) {
      const parsed = parseDeepLink(argument);
      if (parsed.ok) return { kind: 'link', link: parsed.link };
    }
  }
  const file = candidates.find((argument) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(argument) && importableExtensions.some((extension) => argument.toLowerCase().endsWith(extension)));
  return file === undefined ? null : { kind: 'file', path: file };
}
