/** Why: every exported highlight links back to its place in the app; the link's parser and registration live with the app's protocol handling. */

/** The URL scheme the desktop app registers. */
export const deepLinkScheme = 'werkplaats';

/** `werkplaats://doc/<docId>` or, with a fragment, `werkplaats://doc/<docId>#<annotationOrSection>`; both parts percent-encoded. */
export function formatDeepLink(docId: string, fragment?: string): string {
  const base = `${deepLinkScheme}://doc/${encodeURIComponent(docId)}`;
  return fragment === undefined || fragment === '' ? base : `${base}#${encodeURIComponent(fragment)}`;
}
