/**
 * Corrections for query words that match no word of the articles ("hezbolah" → "hezbollah"):
 * the closest vocabulary word by edit distance with transpositions (optimal string alignment).
 * Loaded by the search page only when `unmatchedWords` finds such a word.
 */
import { allowedDistance } from './unmatched-words.ts';
import { isExactPhrase } from './query.ts';
import { searchWords } from './spellings.ts';

/** Edit distance between two words, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, previous2[j - 2]! + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * The closest vocabulary word, or undefined when there is none close enough. The vocabulary
 * is ordered most frequent first, which breaks ties.
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const max = allowedDistance(word);
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of vocabulary) {
    const distance = editDistance(word, candidate, Math.min(max, bestDistance - 1));
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
    if (bestDistance === 1) break;
  }
  return best;
}

/**
 * The query with the given words (as search compares them) replaced by their closest
 * vocabulary word, or undefined when none has one. A word that begins a vocabulary word is
 * kept: it is a word being typed, not a typo.
 */
export function correctQuery(
  query: string,
  words: ReadonlySet<string>,
  vocabulary: readonly string[],
): string | undefined {
  if (isExactPhrase(query)) return undefined;
  let changed = false;
  const corrected = query
    .trim()
    .split(/\s+/)
    .map((typed) => {
      const word = searchWords(typed).join('');
      if (!words.has(word) || vocabulary.some((v) => v.startsWith(word))) return typed;
      const correction = closestWord(word, vocabulary);
      if (!correction) return typed;
      changed = true;
      return correction;
    });
  return changed ? corrected.join(' ') : undefined;
}
