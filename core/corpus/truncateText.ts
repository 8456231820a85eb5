/** Why: titles and summaries have a length budget but must not end mid-word or on a dangling "van de". */

const DANGLING_WORDS = new Set([
  'de', 'het', 'een', 'van', 'en', 'in', 'op', 'met', 'voor', 'aan', 'door', 'bij', 'om', 'te', 'tot', 'uit', 'als', 'of', 'die', 'dat', 'is', 'naar', 'over',
]);

/** Returns `text` if it fits in `limit` characters; otherwise cuts at a word boundary, drops dangling function words and appends "…". */
export function truncateText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const words = withoutBrokenPair(text.slice(0, limit)).split(' ');
  if (words.length > 1) words.pop();
  while (words.length > 1 && DANGLING_WORDS.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  const kept = words.join(' ').replace(/[\s,;:–—-]+$/u, '');
  return `${withoutBrokenPair(kept.slice(0, limit - 1))}…`;
}

/** Drops a high surrogate left at the end by a cut, so no half character remains. */
function withoutBrokenPair(text: string): string {
  return /[\uD800-\uDBFF]$/.test(text) ? text.slice(0, -1) : text;
}
