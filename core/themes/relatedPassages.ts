/** Why: a reader of one Werkplaats's page wants to see where other Werkplaatsen write about the same thing, and why the link was made. */
import type { CorpusDocument } from '../corpus/types.js';
import { DutchAnalyzer } from '../search/dutchAnalyzer.js';
import { documentPassages } from './tagPassages.js';
import type { PassageThemes, ThemeEvidence, ThemeIndex, ThemeTag } from './types.js';

/** What to find related passages for: a whole section, or a span of the document's canonical text. */
export type RelatedTarget = { sectionId: string } | { start: number; end: number };

/** Options of {@link relatedPassages}. */
export interface RelatedOptions {
  /** Maximum number of passages (default 10). */
  limit?: number;
  /** Maximum number of passages from one document (default 3), so one page does not crowd out the rest. */
  perDocument?: number;
}

/** A passage in another document that shares themes with the target. */
export interface RelatedPassage {
  docId: string;
  sectionId: string;
  /** Offsets of the passage in its document's canonical text. */
  start: number;
  end: number;
  snippet: string;
  /** Themes both share, the one that links them most first. */
  sharedThemes: string[];
  /** The passage's own evidence for the shared themes. */
  evidence: ThemeEvidence[];
  /** Why it is related, for display: "ook over: mantelzorg, vrijwilligers". */
  reason: string;
  /** Higher is more related: overlap of themes (rarer themes and more evidence weigh more) and of words; short passages count for less. */
  score: number;
}

const THEME_WEIGHT = 0.65;
const TEXT_WEIGHT = 0.35;
const REASON_WORDS = 5;
const PART_WEIGHT = 0.5;
/** Passages shorter than this many words (a bare list label) count for less. */
const SHORT_PASSAGE_WORDS = 12;

/**
 * Passages in other documents that share at least one theme with the target, ranked by the cosine of their theme
 * vectors (rarer themes and more evidence weigh more) and of their analyzed words; bare list labels count for
 * less, a document gives at most `perDocument` passages and repeated text shows once. Deterministic. Empty when
 * the document, section or span is unknown or the target has no themes.
 */
export function relatedPassages(
  index: ThemeIndex,
  documents: readonly CorpusDocument[],
  docId: string,
  target: RelatedTarget,
  options: RelatedOptions = {},
): RelatedPassage[] {
  const limit = Math.max(0, options.limit ?? 10);
  const perDocument = Math.max(1, options.perDocument ?? 3);
  const document = documents.find((candidate) => candidate.id === docId);
  const tagged = index.documents.find((candidate) => candidate.docId === docId);
  if (!document || !tagged || limit === 0) return [];
  const span = spanOf(document, target);
  if (!span) return [];
  const sourceTags = targetTags(tagged.passages, tagged.sections, target, span);
  if (sourceTags.length === 0) return [];
  const sourceThemes = new Set(sourceTags.map((tag) => tag.themeId));

  const model = textModel(documents);
  const totalPassages = Math.max(1, index.documents.reduce((sum, entry) => sum + entry.passages.length, 0));
  const rarity = new Map(index.themes.map((theme) => [theme.id, Math.log(1 + totalPassages / Math.max(1, theme.passages.length))]));
  const sourceWeights = themeWeights(sourceTags, rarity);
  const sourceVector = model.vector(document.text.slice(span.start, span.end));

  const candidates: RelatedPassage[] = [];
  for (const other of index.documents) {
    if (other.docId === docId) continue;
    const otherDocument = documents.find((candidate) => candidate.id === other.docId);
    if (!otherDocument) continue;
    for (const passage of other.passages) {
      const shared = passage.themes.filter((tag) => sourceThemes.has(tag.themeId));
      if (shared.length === 0) continue;
      const candidateWeights = themeWeights(passage.themes, rarity);
      const contribution = (tag: ThemeTag) => (sourceWeights.get(tag.themeId) ?? 0) * (candidateWeights.get(tag.themeId) ?? 0);
      shared.sort((a, b) => contribution(b) - contribution(a) || a.themeId.localeCompare(b.themeId));
      const text = otherDocument.text.slice(passage.start, passage.end);
      const themeScore = cosine(sourceWeights, candidateWeights);
      const textScore = cosine(sourceVector, model.vector(text));
      const words = text.split(/\s+/).filter(Boolean).length;
      const brevity = Math.min(1, 0.5 + (0.5 * words) / SHORT_PASSAGE_WORDS);
      candidates.push({
        docId: other.docId,
        sectionId: passage.sectionId,
        start: passage.start,
        end: passage.end,
        snippet: passage.snippet,
        sharedThemes: shared.map((tag) => tag.themeId),
        evidence: shared.flatMap((tag) => tag.evidence).sort((a, b) => a.start - b.start),
        reason: reasonFor(shared),
        score: round((THEME_WEIGHT * themeScore + TEXT_WEIGHT * textScore) * brevity),
      });
    }
  }
  candidates.sort((a, b) => b.score - a.score || a.docId.localeCompare(b.docId) || a.start - b.start);
  const perDoc = new Map<string, number>();
  const result: RelatedPassage[] = [];
  const seenTexts = new Set<string>();
  for (const candidate of candidates) {
    const count = perDoc.get(candidate.docId) ?? 0;
    // Pages repeat themselves (a theme list and the section on it): show the same words once.
    const textKey = `${candidate.docId}\u0000${candidate.snippet}`;
    if (count >= perDocument || seenTexts.has(textKey)) continue;
    seenTexts.add(textKey);
    perDoc.set(candidate.docId, count + 1);
    result.push(candidate);
    if (result.length >= limit) break;
  }
  return result;
}

function spanOf(document: CorpusDocument, target: RelatedTarget): { start: number; end: number } | null {
  if ('sectionId' in target) {
    const section = document.sections.find((candidate) => candidate.id === target.sectionId);
    return section ? { start: section.start, end: section.end } : null;
  }
  const start = Math.max(0, Math.min(target.start, target.end));
  const end = Math.min(document.text.length, Math.max(target.start, target.end));
  return end > start ? { start, end } : null;
}

/** The tags of the target: its section's (heading included), or those of the passages it overlaps. */
function targetTags(passages: readonly PassageThemes[], sections: readonly { sectionId: string; themes: ThemeTag[] }[], target: RelatedTarget, span: { start: number; end: number }): ThemeTag[] {
  if ('sectionId' in target) return sections.find((section) => section.sectionId === target.sectionId)?.themes ?? [];
  return passages.filter((passage) => passage.start < span.end && passage.end > span.start).flatMap((passage) => passage.themes);
}

/** A theme vector: rarer themes and themes with more evidence weigh more. */
function themeWeights(tags: readonly ThemeTag[], rarity: ReadonlyMap<string, number>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const tag of tags) counts.set(tag.themeId, (counts.get(tag.themeId) ?? 0) + tag.evidence.length);
  return new Map([...counts].map(([themeId, count]) => [themeId, (rarity.get(themeId) ?? 0) * (1 + Math.log(Math.max(1, count)))]));
}

/** "ook over: mantelzorgers, vrijwilligers": the candidate's own words for the shared themes, strongest link first. */
function reasonFor(shared: readonly ThemeTag[]): string {
  const words: string[] = [];
  for (const tag of shared) {
    for (const item of tag.evidence) {
      const word = item.text.replace(/\s+/g, ' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
      if (word && !words.includes(word)) words.push(word);
    }
  }
  return `ook over: ${words.slice(0, REASON_WORDS).join(', ')}`;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

interface TextModel {
  vector(text: string): Map<string, number>;
}

const models = new WeakMap<readonly CorpusDocument[], TextModel>();

/** Tf-idf vectors over analyzed terms (whole words, compound parts at half weight), idf from all passages. */
function textModel(documents: readonly CorpusDocument[]): TextModel {
  const cached = models.get(documents);
  if (cached) return cached;
  const analyzer = new DutchAnalyzer();
  for (const document of documents) analyzer.learn(document.text);
  const counts = (text: string): Map<string, number> => {
    const tf = new Map<string, number>();
    for (const token of analyzer.analyze(text)) tf.set(token.term, (tf.get(token.term) ?? 0) + (token.role === 'word' ? 1 : PART_WEIGHT));
    return tf;
  };
  const df = new Map<string, number>();
  let passages = 0;
  for (const document of documents) {
    for (const passage of documentPassages(document)) {
      passages += 1;
      for (const term of counts(passage.text).keys()) df.set(term, (df.get(term) ?? 0) + 1);
    }
  }
  const model: TextModel = {
    vector(text) {
      const tf = counts(text);
      for (const [term, count] of tf) tf.set(term, count * Math.log(1 + passages / (df.get(term) ?? 1)));
      return tf;
    },
  };
  models.set(documents, model);
  return model;
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  const norm = (vector: ReadonlyMap<string, number>) => Math.sqrt([...vector.values()].reduce((sum, weight) => sum + weight * weight, 0));
  const denominator = norm(a) * norm(b);
  return denominator ? dot / denominator : 0;
}
