/** Why: the "Deelnemende gemeenten" section lists the municipalities as a sentence, which readers filter on as a list. */
import type { SectionDraft } from './composeDocument.js';

const SECTION_HEADING = /deelnemende\s+gemeenten/i;
const ENUMERATION = /\b(?:zijn|is)\b\s*:?\s+(.+)$/su;
const MAX_NAME_WORDS = 4;

/**
 * Municipalities in page order, from the "Deelnemende gemeenten" section (or a paragraph mentioning them):
 * list items, or the enumeration after "zijn" split on commas and "en", with groups like
 * "BUCH gemeenten (Bergen, Uitgeest)" expanded to their members and stray punctuation stripped.
 */
export function extractMunicipalities(sections: readonly Pick<SectionDraft, 'heading' | 'blocks'>[]): string[] {
  const inSection = sections.filter((section) => section.heading !== null && SECTION_HEADING.test(section.heading)).flatMap((section) => section.blocks);
  const mentioning = sections.flatMap((section) => section.blocks).filter((block) => block.type === 'paragraph' && SECTION_HEADING.test(block.text));
  const names = [...inSection, ...mentioning].flatMap((block) => {
    if (block.type === 'list') return block.items.flatMap((item) => splitEnumeration(item.text));
    const enumeration = ENUMERATION.exec(block.text)?.[1];
    return enumeration === undefined ? [] : splitEnumeration(enumeration);
  });
  return [...new Set(names)];
}

/** Splits "A, B (C en D) en E." into names, expanding parenthesised groups. */
export function splitEnumeration(text: string): string[] {
  return splitOutsideParentheses(text).flatMap((part) => {
    const group = /^[^()]*\((.*)\)[^()]*$/su.exec(part);
    return group ? splitEnumeration(group[1] ?? '') : [cleanName(part)];
  }).filter(isMunicipalityName);
}

function splitOutsideParentheses(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of text) {
    depth += character === '(' ? 1 : character === ')' && depth > 0 ? -1 : 0;
    if (character === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  parts.push(current);
  return parts.flatMap((part) => splitOnConjunction(part));
}

function splitOnConjunction(part: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < part.length; index += 1) {
    const character = part[index];
    depth += character === '(' ? 1 : character === ')' && depth > 0 ? -1 : 0;
    const conjunction = depth === 0 ? /^\s+(?:en|&)\s+/.exec(part.slice(index)) : null;
    if (conjunction) {
      pieces.push(part.slice(start, index));
      index += conjunction[0].length - 1;
      start = index + 1;
    }
  }
  pieces.push(part.slice(start));
  return pieces;
}

function cleanName(text: string): string {
  return text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/\s+/g, ' ');
}

function isMunicipalityName(name: string): boolean {
  return /^\p{Lu}/u.test(name) && name.split(' ').length <= MAX_NAME_WORDS;
}
