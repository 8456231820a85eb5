/** Why: files dropped or picked in the library reach the app as text (annotation JSON) or base64 bytes (pages), never parsed here. */
import { describeImportProblems, type ImportLanguage, type ImportProblem } from '../../../common/import/importProblem.js';

/** True for a file the notes import reads (W3C annotation JSON). */
export const isAnnotationFile = (file: File) => /\.(json|jsonld)$/i.test(file.name);

/** The file's bytes as base64. */
export async function readAsBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/** The reasons of an `import-refused` failure in `language`, one "place: reason" each; null for any other failure. */
export function refusalReasons(error: unknown, language: ImportLanguage): string[] | null {
  const failure = (error as { failure?: { code?: string; params?: { count?: unknown; problems?: unknown } } } | null)?.failure;
  if (failure?.code !== 'import-refused' || !Array.isArray(failure.params?.problems)) return null;
  const problems = failure.params.problems as ImportProblem[];
  const count = typeof failure.params.count === 'number' ? failure.params.count : problems.length;
  return describeImportProblems(problems, count, language).map((line) => line.replace(/^- /, ''));
}

/** The numbers of an import report, as message parameters. */
export function counts(report: { added: number; updated: number; unchanged: number; keptNewer: number; orphaned: number }): Record<string, number> {
  return { added: report.added, updated: report.updated, unchanged: report.unchanged, keptNewer: report.keptNewer, orphaned: report.orphaned };
}
