/** Why: a news item's "first published on …" line names its origin and marks where the site's sidebar begins. */

const PROVENANCE =
  /^(?:dit|het)\s+(?:bericht|artikel|nieuwsbericht|item|nieuwsitem)\s+(?:werd|is|was)\s+(?:eerder\s+|oorspronkelijk\s+|al\s+)?(?:gepubliceerd|verschenen)\s+(?:op|in|bij)\s+(\S+?)\.?$/i;

/** The origin named by a provenance line ("Dit bericht werd eerder gepubliceerd op almerekracht.nl." → "almerekracht.nl"); null for other lines. */
export function parseProvenance(line: string): string | null {
  return PROVENANCE.exec(line.trim())?.[1] ?? null;
}
