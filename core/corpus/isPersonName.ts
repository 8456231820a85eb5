/** Why: attributions and lector mentions must yield people's names, not phrases that merely start with a capital. */

const NAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'het', "'t", 'von', 'la', 'le', 'du', 'da', 'di', 'in', 'op']);
const NOT_NAME_WORDS = /\b(?:Werkplaats|Sociaal|Domein|Hogeschool|Lectoraat|Lector|Gemeente|Provincie)\b/i;

/** Whether `text` looks like a person's name: 2–6 words, capitalised except Dutch name particles, no digits or institution words. */
export function isPersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 6 || NOT_NAME_WORDS.test(text) || /\d/.test(text)) return false;
  const [first, ...rest] = words;
  return isCapitalised(first ?? '') && rest.every((word) => isCapitalised(word) || NAME_PARTICLES.has(word));
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]*$/u.test(word);
}
