/**
 * The search filters ("facets"): which exist, where their counts come from, and how a choice becomes `search` input.
 * Counts ignore the filters (see `SearchCounts`), so every alternative stays visible with its number.
 */
import type { MethodInput } from '../../core/api/contract.js';
import type { SearchCounts } from '../../core/search/searchQuery.js';
import type { MessageKey } from '../i18n/dictionary.js';

export type FacetKey = 'kind' | 'region' | 'document' | 'theme';

/** The chosen values per facet; an empty list means "all". */
export type SearchFilters = Readonly<Record<FacetKey, readonly string[]>>;

export interface FacetDefinition {
  key: FacetKey;
  label: MessageKey;
  /** Whether several values can be chosen at once (the API takes one region and one kind, but many documents). */
  multiple: boolean;
  counts(counts: SearchCounts): Readonly<Record<string, number>>;
}

/** A count table of `counts` by name, tolerating tables a later core adds (or drops). */
function countsOf(counts: SearchCounts, name: string): Readonly<Record<string, number>> {
  return (counts as unknown as Partial<Record<string, Record<string, number>>>)[name] ?? {};
}

export const facets: readonly FacetDefinition[] = [
  { key: 'kind', label: 'search.filter.kind', multiple: false, counts: (counts) => countsOf(counts, 'kinds') },
  { key: 'region', label: 'search.filter.region', multiple: false, counts: (counts) => countsOf(counts, 'regions') },
  { key: 'document', label: 'search.filter.document', multiple: true, counts: (counts) => countsOf(counts, 'documents') },
  { key: 'theme', label: 'search.filter.theme', multiple: false, counts: (counts) => countsOf(counts, 'themes') },
];

export const noFilters: SearchFilters = { kind: [], region: [], document: [], theme: [] };

export function hasFilters(filters: SearchFilters): boolean {
  return facets.some((facet) => filters[facet.key].length > 0);
}

/** `filters` with `value` of `facet` switched on or off (single-choice facets replace their value). */
export function toggleFilter(filters: SearchFilters, facet: FacetDefinition, value: string): SearchFilters {
  const current = filters[facet.key];
  const next = current.includes(value) ? current.filter((item) => item !== value) : facet.multiple ? [...current, value] : [value];
  return { ...filters, [facet.key]: next };
}

/** How many hits one search asks for: enough to fill the panel, few enough to render within a frame. */
export const searchLimit = 40;

/** The `search` call for a query and the chosen filters. */
export function searchInput(query: string, filters: SearchFilters): MethodInput<'search'> {
  const input: MethodInput<'search'> = { query, limit: searchLimit };
  const kind = filters.kind[0];
  if (kind === 'profile' || kind === 'news') input.kind = kind;
  if (filters.region[0]) input.region = filters.region[0];
  if (filters.document.length > 0) input.docIds = [...filters.document];
  if (filters.theme[0]) input.themeId = filters.theme[0];
  return input;
}

/** A facet's values, most passages first, with the chosen ones kept even when the query no longer matches them. */
export function facetValues(facet: FacetDefinition, counts: SearchCounts | null, chosen: readonly string[]): { value: string; count: number }[] {
  const table = counts ? facet.counts(counts) : {};
  const values = Object.entries(table).map(([value, count]) => ({ value, count }));
  for (const value of chosen) if (!(value in table)) values.push({ value, count: 0 });
  return values.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'nl'));
}
