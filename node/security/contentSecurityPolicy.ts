/** The Content-Security-Policy both hosts send with the renderer: nothing runs or loads that the app did not ship. */

/** The policy for the web host (`web`) or the Electron custom protocol (`electron`). */
export function contentSecurityPolicy(host: 'web' | 'electron'): string {
  const connect = host === 'web' ? "'self'" : "'none'";
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
