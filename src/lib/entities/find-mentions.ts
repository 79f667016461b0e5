/**
 * Finds where a text mentions entities, by any spelling in the alias index.
 *
 * - Whole words only: "Iran" is not found in "Iranian", but is in "Iran-backed" and "Iran's".
 * - The longest spelling wins: "Maher al-Assad" is Maher, not Bashar; "Kataib Hezbollah" is
 *   not Hezbollah.
 * - Case does not matter except for acronyms (see `alias-index.ts`).
 */
import { foldApostrophes, matchKey, type AliasIndex } from './alias-index.ts';

export interface Mention {
  entityId: string;
  /** Offsets into the original text; `end` excludes a possessive "'s". */
  start: number;
  end: number;
  text: string;
}

const matchers = new WeakMap<AliasIndex, RegExp>();

/** Text that ends in a letter or digit (of any plane: the last two code units are enough). */
const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matcherFor(index: AliasIndex): RegExp {
  let matcher = matchers.get(index);
  if (!matcher) {
    const alternatives = [...index.spellings.values()]
      .map((s) => foldApostrophes(s.text.normalize('NFC')))
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp);
    // A letter or digit after it means we are inside another word. A possessive may follow.
    // (The letter or digit before it is checked in `findMentions`: a lookbehind here, tried at
    // every character of the text, made finding twice as slow.)
    matcher = new RegExp(`(?:${alternatives.join('|')})(?=(?:'s)?(?![\\p{L}\\p{N}]))`, 'giu');
    matchers.set(index, matcher);
  }
  return matcher;
}

export function findMentions(text: string, index: AliasIndex): Mention[] {
  if (index.spellings.size === 0) return [];
  const folded = foldApostrophes(text.normalize('NFC'));
  const mentions: Mention[] = [];
  const matcher = matcherFor(index);
  matcher.lastIndex = 0;
  for (let match = matcher.exec(folded); match; match = matcher.exec(folded)) {
    if (ENDS_IN_WORD.test(folded.slice(Math.max(0, match.index - 2), match.index))) {
      // Inside another word: look again from the next character, where a spelling may start.
      matcher.lastIndex = match.index + 1;
      continue;
    }
    const spelling = index.spellings.get(matchKey(match[0]));
    if (!spelling) continue;
    if (spelling.caseSensitive && match[0] !== foldApostrophes(spelling.text)) continue;
    const start = match.index;
    const end = start + match[0].length;
    mentions.push({ entityId: spelling.entityId, start, end, text: text.slice(start, end) });
  }
  return mentions;
}
