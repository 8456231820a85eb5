/** Why: a theme applies only where one of its terms really occurs, so terms are matched through the shared Dutch analyzer (inflections, compounds, phrases) and every match keeps its words as evidence. */
import { DutchAnalyzer, foldText, type Token } from '../search/dutchAnalyzer.js';
import type { Theme, Thesaurus } from './thesaurus.js';
import type { ThemeEvidence, ThemeTag } from './types.js';

/** A term compiled to analyzed stems at relative word positions. */
interface TermPattern {
  themeIndex: number;
  /** The term or synonym as the thesaurus writes it. */
  expression: string;
  /** Stem of each indexable word. */
  stems: string[];
  /** Word position of each stem relative to the first; positions in between are stopwords. */
  offsets: number[];
}

/** The words of one position in an analyzed text. */
interface WordSlot {
  tokens: Token[];
  start: number;
  end: number;
  /** Folded text of the whole word. */
  folded: string;
}

/** Options of {@link ThemeTagger.tagText}. */
export interface TagTextOptions {
  /** Added to every evidence offset, so a passage's evidence points into its document (default 0). */
  offset?: number;
  /** The analyzer to use, e.g. from {@link ThemeTagger.analyzerFor}; default one that knows only the thesaurus. */
  analyzer?: DutchAnalyzer;
}

/** Tags texts with thesaurus themes. Deterministic: the result depends only on the text, the thesaurus and the vocabulary text. */
export interface ThemeTagger {
  readonly thesaurus: Thesaurus;
  /**
   * An analyzer that knows the thesaurus words and the words of `vocabularyText` (usually the whole document),
   * so compounds of the document split the same way wherever they occur.
   */
  analyzerFor(vocabularyText?: string): DutchAnalyzer;
  /** The themes whose terms occur in `text`, in thesaurus order, each with its evidence sorted by offset. */
  tagText(text: string, options?: TagTextOptions): ThemeTag[];
}

/** Agent-noun endings that still count as the term: mantelzorg → mantelzorger(s), sport → sporter. */
const AGENT_SUFFIXES = ['er', 'ster'];

/** Builds a tagger for `thesaurus`: compiles every term and synonym to analyzed stems once. */
export function createThemeTagger(thesaurus: Thesaurus): ThemeTagger {
  const base = new DutchAnalyzer();
  base.learn(thesaurus.themes.flatMap((theme) => [...theme.terms, ...theme.synonyms.flat()]).join('\n'));
  const vocabulary = [...base.vocabulary];
  const patternsByStem = compilePatterns(thesaurus.themes, base);
  const excluded = thesaurus.themes.map((theme) => new Set(theme.exclude.map((word) => foldText(word))));

  const analyzerFor = (vocabularyText?: string): DutchAnalyzer => {
    const analyzer = new DutchAnalyzer(vocabulary);
    if (vocabularyText) analyzer.learn(vocabularyText);
    return analyzer;
  };

  const tagText = (text: string, options: TagTextOptions = {}): ThemeTag[] => {
    const offset = options.offset ?? 0;
    const slots = slotsOf(text, (options.analyzer ?? base).analyze(text));
    const found = new Map<number, Map<string, ThemeEvidence>>();
    for (const [position, slot] of slots) {
      for (const token of slot.tokens) {
        for (const key of lookupKeys(token.term)) {
          for (const pattern of patternsByStem.get(key) ?? []) {
            const match = matchAt(pattern, position, token, slots, excluded[pattern.themeIndex]!);
            if (!match) continue;
            const start = match.start + offset;
            const evidenceKey = `${start}:${match.end + offset}`;
            let evidence = found.get(pattern.themeIndex);
            if (!evidence) found.set(pattern.themeIndex, (evidence = new Map()));
            if (!evidence.has(evidenceKey)) evidence.set(evidenceKey, { text: text.slice(match.start, match.end), start, end: match.end + offset, term: pattern.expression });
          }
        }
      }
    }
    return [...found.entries()]
      .sort(([a], [b]) => a - b)
      .map(([themeIndex, evidence]) => ({
        themeId: thesaurus.themes[themeIndex]!.id,
        evidence: outermost([...evidence.values()]),
      }));
  };

  return { thesaurus, analyzerFor, tagText };
}

function compilePatterns(themes: readonly Theme[], analyzer: DutchAnalyzer): Map<string, TermPattern[]> {
  const byStem = new Map<string, TermPattern[]>();
  const seen = new Set<string>();
  themes.forEach((theme, themeIndex) => {
    for (const expression of [...theme.terms, ...theme.synonyms.flat()]) {
      const words = analyzer.analyze(expression).filter((token) => token.role === 'word');
      if (words.length === 0) continue;
      const stems = words.map((token) => token.term);
      const offsets = words.map((token) => token.position - words[0]!.position);
      const key = `${themeIndex}\u0000${stems.join(' ')}\u0000${offsets.join(' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const list = byStem.get(stems[0]!) ?? [];
      list.push({ themeIndex, expression, stems, offsets });
      byStem.set(stems[0]!, list);
    }
  });
  return byStem;
}

/** The stems a token's term may stand for: itself, and without an agent-noun ending. */
function lookupKeys(term: string): string[] {
  const keys = [term];
  for (const suffix of AGENT_SUFFIXES) if (term.length > suffix.length + 2 && term.endsWith(suffix)) keys.push(term.slice(0, -suffix.length));
  return keys;
}

function stemMatches(term: string, stem: string): boolean {
  return term === stem || AGENT_SUFFIXES.some((suffix) => term === stem + suffix);
}

function slotsOf(text: string, tokens: readonly Token[]): Map<number, WordSlot> {
  const slots = new Map<number, WordSlot>();
  for (const token of tokens) {
    const slot = slots.get(token.position);
    if (slot) {
      slot.tokens.push(token);
      slot.start = Math.min(slot.start, token.start);
      slot.end = Math.max(slot.end, token.end);
    } else slots.set(token.position, { tokens: [token], start: token.start, end: token.end, folded: '' });
  }
  for (const slot of slots.values()) slot.folded = foldText(text.slice(slot.start, slot.end));
  return slots;
}

/**
 * Whether `pattern` matches with its first word at `position` (through `first`). A phrase's words must be adjacent
 * (only stopwords between); its first word may be the end of a compound and its last word the start of one,
 * inner words must be whole words. Returns the span of the matched whole words.
 */
function matchAt(pattern: TermPattern, position: number, first: Token, slots: ReadonlyMap<number, WordSlot>, excluded: ReadonlySet<string>): { start: number; end: number } | null {
  if (!stemMatches(first.term, pattern.stems[0]!)) return null;
  const firstSlot = slots.get(position)!;
  if (isExcluded(first, firstSlot, excluded)) return null;
  const last = pattern.stems.length - 1;
  if (last === 0) return { start: firstSlot.start, end: firstSlot.end };
  if (first.end !== firstSlot.end) return null;
  let end = firstSlot.end;
  for (let i = 1; i <= last; i += 1) {
    const slot = slots.get(position + pattern.offsets[i]!);
    if (!slot) return null;
    const token = slot.tokens.find((candidate) => stemMatches(candidate.term, pattern.stems[i]!) && (i === last ? candidate.start === slot.start : candidate.start === slot.start && candidate.end === slot.end));
    if (!token || isExcluded(token, slot, excluded)) return null;
    end = slot.end;
  }
  // Positions between the words must be stopwords: nothing indexed there.
  const span = pattern.offsets[last]!;
  for (let gap = 1; gap < span; gap += 1) {
    if (!pattern.offsets.includes(gap) && slots.has(position + gap)) return null;
  }
  return { start: firstSlot.start, end };
}

function isExcluded(token: Token, slot: WordSlot, excluded: ReadonlySet<string>): boolean {
  return excluded.size > 0 && (excluded.has(token.surface) || excluded.has(slot.folded));
}

/** Sorts evidence by offset and drops spans inside a longer one ("verstandelijke beperking" inside "licht verstandelijke beperking"). */
function outermost(evidence: ThemeEvidence[]): ThemeEvidence[] {
  const sorted = evidence.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: ThemeEvidence[] = [];
  for (const item of sorted) {
    const last = kept[kept.length - 1];
    if (last && item.start >= last.start && item.end <= last.end) continue;
    kept.push(item);
  }
  return kept;
}
