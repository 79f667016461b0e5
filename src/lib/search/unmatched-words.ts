/**
 * When to try correcting a query. Pagefind matches exact words and their beginnings; a word it
 * does not know it splits into known pieces ("hezbolah" finds "he"), which is right for
 * "airstrikes" written "air strikes" but turns a typo into noise. A query word that matched no
 * word starting like it (or matched nothing at all) is a likely typo: the search page then
 * fetches the vocabulary and asks `suggest.ts` for the closest words.
 */
import { isExactPhrase } from './query.ts';
import { searchWords } from './spellings.ts';

/** How far a word may be from its correction: short words allow fewer typos, and none below 4 letters. */
export function allowedDistance(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 7 ? 1 : 2;
}

/** Letters a matched word must share with the start of a query word to count as its match. */
const SHARED_START = 4;

/**
 * Query words (as search compares them) long enough to correct that no matched word starts
 * like, leaving out those `isKnown` vouches for (spellings found through metadata).
 */
export function unmatchedWords(
  query: string,
  matched: ReadonlySet<string>,
  isKnown: (word: string) => boolean,
): string[] {
  if (isExactPhrase(query)) return [];
  const starts = new Set([...matched].map((word) => word.slice(0, SHARED_START)));
  return query
    .split(/\s+/)
    .map((typed) => searchWords(typed).join(''))
    .filter((word) => /^\p{L}+$/u.test(word) && allowedDistance(word) > 0)
    .filter((word) => !isKnown(word) && !starts.has(word.slice(0, SHARED_START)));
}
