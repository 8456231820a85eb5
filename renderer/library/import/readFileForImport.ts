/** Why: files dropped or picked in the library reach the app as text (annotation JSON) or base64 bytes (pages), never parsed here. */

/** True for a file the notes import reads (W3C annotation JSON). */
export const isAnnotationFile = (file: File) => /\.(json|jsonld)$/i.test(file.name);

/** The file's bytes as base64. */
export async function readAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/** The lines of an `import-refused` failure's reasons, each "- place: message". */
export function refusalReasons(error: unknown): string[] | null {
  const failure = (error as { failure?: { code?: string; params?: { reasons?: unknown } } } | null)?.failure;
  if (failure?.code !== 'import-refused' || typeof failure.params?.reasons !== 'string') return null;
  return failure.params.reasons.split('\n').map((line) => line.replace(/^- /, ''));
}

/** The numbers of an import report, as message parameters. */
export function counts(report: { added: number; updated: number; unchanged: number; keptNewer: number; orphaned: number }): Record<string, number> {
  return { added: report.added, updated: report.updated, unchanged: report.unchanged, keptNewer: report.keptNewer, orphaned: report.orphaned };
}
