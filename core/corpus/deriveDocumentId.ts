/** Why: documents are linked and stored by a readable id that stays the same for the same page. */
import { slugify } from './slugify.js';
import type { CorpusDocument } from './types.js';

const TITLE_WORDS_IN_ID = 4;
const LEADING_ARTICLES = new Set(['de', 'het', 'een']);

/** `werkplaats-<region>` for profiles (the title's slug without a region); `nieuws-<date>-<first title words>` for news. Not yet unique. */
export function deriveDocumentId(document: Pick<CorpusDocument, 'kind' | 'region' | 'title' | 'published' | 'source'>): string {
  const fallback = slugify(document.source) || 'document';
  if (document.kind === 'news') {
    const words = slugify(document.title).split('-').filter((word) => word !== '');
    while (words.length > 1 && LEADING_ARTICLES.has(words[0] ?? '')) words.shift();
    const titlePart = words.slice(0, TITLE_WORDS_IN_ID).join('-');
    return ['nieuws', document.published ?? '', titlePart].filter((part) => part !== '').join('-');
  }
  const region = slugify(document.region);
  if (region !== '') return `werkplaats-${region}`;
  return slugify(document.title) || fallback;
}
