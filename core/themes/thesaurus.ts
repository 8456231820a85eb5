/** Why: the cross-cutting themes live in an editable data file, so a typo there must be caught early with a message an editor can act on. */
import { z } from 'zod';
import { analyze } from '../search/dutchAnalyzer.js';

/** A text in Dutch (shown in the app) and English (for documentation and exports). */
export interface LocalizedText {
  nl: string;
  en: string;
}

/** One cross-cutting theme of the corpus. */
export interface Theme {
  /** English slug, stable: "informal-care". */
  id: string;
  label: LocalizedText;
  /** One or two sentences on what the theme covers. */
  description: LocalizedText;
  /** Dutch words and phrases that signal the theme; matched through the shared analyzer (inflections, compounds). */
  terms: string[];
  /** Rings of expressions that mean the same ("lvb", "licht verstandelijke beperking"); they signal the theme too and expand searches. */
  synonyms: string[][];
  /**
   * What an English-reading student would type for this theme, in British and American spelling, each group
   * with the Dutch expressions it finds ("informal care" → informele zorg, mantelzorg). Search only; never tags.
   */
  english: EnglishGroup[];
  /** Neighbouring notions worth showing next to the theme; they do not tag passages by themselves. */
  related: string[];
  /** Folded word forms that stem like a term but mean something else ("ouders" for "ouderen"); never evidence. */
  exclude: string[];
  /** Ids of wider themes this one belongs to. */
  broader: string[];
  /** Ids of narrower themes; mirrors `broader`. */
  narrower: string[];
}

/** English expressions that mean the same as some Dutch ones. */
export interface EnglishGroup {
  /** English expressions, variants and spellings ("neighbourhood teams", "neighborhood teams"). */
  en: string[];
  /** The Dutch expressions an English query finds, as the corpus writes them. */
  nl: string[];
}

/** The validated contents of `data/thesaurus.json`. */
export interface Thesaurus {
  format: 1;
  themes: Theme[];
}

/** Thrown by {@link parseThesaurus}; `issues` lists every problem found, one readable line each. */
export class ThesaurusError extends Error {
  readonly issues: string[];

  constructor(issues: string[]) {
    super(`Ongeldige thesaurus:\n${issues.map((issue) => `- ${issue}`).join('\n')}`);
    this.name = 'ThesaurusError';
    this.issues = issues;
  }
}

const SENTINEL = 'qxzwvk';
const THEME_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const phrase = z.string().trim().min(1, 'mag niet leeg zijn').max(80, 'is langer dan 80 tekens');

const localizedSchema = z
  .object({
    nl: z.string().trim().min(1, 'mag niet leeg zijn'),
    en: z.string().trim().min(1, 'mag niet leeg zijn'),
  })
  .strict();

const themeSchema = z
  .object({
    id: z.string().regex(THEME_ID, 'moet een Engelse slug zijn van kleine letters, cijfers en streepjes ("informal-care")'),
    label: localizedSchema,
    description: localizedSchema,
    terms: z.array(phrase).min(1, 'noemt geen enkele term'),
    synonyms: z.array(z.array(phrase).min(2, 'een synoniemenring heeft minstens twee uitdrukkingen')).default([]),
    english: z.array(z.object({ en: z.array(phrase).min(1, 'noemt geen Engelse uitdrukking'), nl: z.array(phrase).min(1, 'noemt geen Nederlandse uitdrukking') }).strict()).default([]),
    related: z.array(phrase).default([]),
    exclude: z.array(phrase).default([]),
    broader: z.array(z.string()).default([]),
    narrower: z.array(z.string()).default([]),
  })
  .strict();

/** The zod schema of the thesaurus file; cross-references are checked by {@link parseThesaurus}. */
export const thesaurusSchema = z
  .object({
    format: z.literal(1),
    themes: z.array(themeSchema).min(1, 'bevat geen thema’s'),
  })
  .strict();

/** Validates parsed JSON as a thesaurus; throws a {@link ThesaurusError} listing every problem otherwise. */
export function parseThesaurus(json: unknown): Thesaurus {
  const parsed = thesaurusSchema.safeParse(json);
  if (!parsed.success) throw new ThesaurusError(parsed.error.issues.map((issue) => `${describePath(json, issue.path)}: ${issue.message}`));
  const thesaurus = parsed.data as Thesaurus;
  const issues = crossReferenceIssues(thesaurus);
  if (issues.length) throw new ThesaurusError(issues);
  return thesaurus;
}

/** "themes[3] (youth).label.en", naming the theme by id where it has one. */
function describePath(json: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'bestand';
  let text = '';
  path.forEach((key, index) => {
    if (typeof key === 'number') {
      text += `[${key}]`;
      if (index === 1 && path[0] === 'themes') {
        const id = themeIdAt(json, key);
        if (id) text += ` (${id})`;
      }
    } else text += text ? `.${String(key)}` : String(key);
  });
  return text;
}

function themeIdAt(json: unknown, index: number): string | null {
  if (typeof json !== 'object' || json === null) return null;
  const themes = (json as { themes?: unknown }).themes;
  if (!Array.isArray(themes)) return null;
  const theme: unknown = themes[index];
  if (typeof theme !== 'object' || theme === null) return null;
  const id = (theme as { id?: unknown }).id;
  return typeof id === 'string' && id ? id : null;
}

function crossReferenceIssues(thesaurus: Thesaurus): string[] {
  const issues: string[] = [];
  const byId = new Map<string, Theme>();
  for (const theme of thesaurus.themes) {
    if (byId.has(theme.id)) issues.push(`thema "${theme.id}" komt meer dan eens voor`);
    byId.set(theme.id, theme);
  }
  for (const theme of thesaurus.themes) {
    for (const relation of ['broader', 'narrower'] as const) {
      const inverse = relation === 'broader' ? 'narrower' : 'broader';
      for (const target of theme[relation]) {
        const other = byId.get(target);
        if (target === theme.id) issues.push(`thema "${theme.id}": ${relation} verwijst naar zichzelf`);
        else if (!other) issues.push(`thema "${theme.id}": ${relation} verwijst naar onbekend thema "${target}"`);
        else if (!other[inverse].includes(theme.id)) issues.push(`thema "${theme.id}": ${relation} noemt "${target}", maar "${target}" noemt "${theme.id}" niet als ${inverse}`);
      }
    }
    const expressions = [...theme.terms, ...theme.synonyms.flat(), ...theme.english.flatMap((group) => group.nl)];
    for (const expression of expressions) {
      const problem = expressionProblem(expression);
      if (problem) issues.push(`thema "${theme.id}": term "${expression}" ${problem}`);
    }
  }
  const cycle = findBroaderCycle(thesaurus.themes, byId);
  if (cycle) issues.push(`broader vormt een kring: ${cycle.join(' → ')}`);
  return issues;
}

/**
 * Why a term cannot be matched reliably, or null: it must keep at least one indexable word, and a phrase may not
 * start or end with a stopword (that word would be silently dropped and the phrase would match too much).
 */
function expressionProblem(expression: string): string | null {
  // A sentinel word after the expression tells how many word positions the expression has, stopwords included.
  const tokens = analyze(`${expression} ${SENTINEL}`).filter((token) => token.role === 'word');
  const sentinel = tokens.find((token) => token.surface === SENTINEL);
  const words = tokens.filter((token) => token !== sentinel);
  if (words.length === 0 || !sentinel) return 'bevat geen woord dat de analyzer indexeert (alleen stopwoorden?)';
  const positions = new Set(words.map((token) => token.position));
  if (!positions.has(0) || !positions.has(sentinel.position - 1)) return 'begint of eindigt met een stopwoord; laat dat woord weg of kies een andere formulering';
  return null;
}

function findBroaderCycle(themes: readonly Theme[], byId: ReadonlyMap<string, Theme>): string[] | null {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): string[] | null => {
    if (state.get(id) === 'done') return null;
    if (state.get(id) === 'visiting') return [...stack.slice(stack.indexOf(id)), id];
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of byId.get(id)?.broader ?? []) {
      if (!byId.has(next) || next === id) continue;
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(id, 'done');
    return null;
  };
  for (const theme of themes) {
    const cycle = visit(theme.id);
    if (cycle) return cycle;
  }
  return null;
}
