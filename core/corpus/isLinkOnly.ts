/** Why: calls to action whose link was lost in the dump ("Lees meer op de website van …") are dead text for a reader. */
import { splitSentences } from './splitSentences.js';

const CALL_TO_ACTION = /^(?:lees|bekijk|kijk|klik|download|bezoek|ga|luister|bestel|schrijf|meld|meer\s+(?:info|informatie|weten|lezen))\b/i;
const MAX_LENGTH = 160;
const MAX_WORDS = 20;

/** Whether a paragraph is a single short call-to-action sentence ("Bekijk hier het filmpje over …"). */
export function isLinkOnly(paragraph: string): boolean {
  const text = paragraph.trim();
  return (
    text.length <= MAX_LENGTH &&
    text.split(/\s+/).length <= MAX_WORDS &&
    CALL_TO_ACTION.test(text) &&
    !text.includes('?') &&
    splitSentences(text).length === 1
  );
}
