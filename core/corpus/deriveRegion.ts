/** Why: every document needs a region to be filed under, and pages state it in different places. */
import { mostFrequentWerkplaatsName } from './findWerkplaatsNames.js';
import { mostFrequent } from './mostFrequent.js';

/** The Dutch provinces, the regions news items are filed under. */
const PROVINCES = [
  'Groningen', 'Friesland', 'Fryslân', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland', 'Utrecht',
  'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Limburg',
];
const PROVINCE_NAME = new RegExp(`(?<![\\p{L}-])(${PROVINCES.join('|')})(?![\\p{L}-])`, 'gu');
const TITLE_REGION = /^Werkplaats\s+Sociaal\s+Domein\s+(.+)$/iu;

/** What a region can be derived from. */
export interface RegionSources {
  mastheadRegion: string | null;
  title: string;
  bodyText: string;
}

/**
 * The region: the masthead's region line; else the name in a "Werkplaats Sociaal Domein <Name>" title;
 * else the province the text names most; else the Werkplaats named most; else an empty string.
 */
export function deriveRegion(sources: RegionSources): string {
  return (
    sources.mastheadRegion ??
    TITLE_REGION.exec(sources.title)?.[1]?.trim() ??
    mostFrequent([...sources.bodyText.matchAll(PROVINCE_NAME)].map((match) => match[1] ?? '')) ??
    mostFrequentWerkplaatsName(sources.bodyText) ??
    ''
  );
}
