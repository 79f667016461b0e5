/**
 * A light typo tolerance for a search that finds nothing: each query word that starts no word
 * of the articles is replaced by the closest one ("hezbolah" → "hezbollah"), by edit distance
 * with transpositions (optimal string alignment). Pagefind itself matches exact words and their
 * beginnings only.
 */
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
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** How far a word may be from its correction: short words allow fewer typos. */
export function allowedDistance(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 7 ? 1 : 2;
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

/** The query with its unknown words corrected, or undefined when there is nothing to correct. */
export function correctQuery(query: string, vocabulary: readonly string[]): string | undefined {
  if (isExactPhrase(query)) return undefined;
  let changed = false;
  const words = query.trim().split(/\s+/).map((typed) => {
    const word = searchWords(typed).join('');
    if (!/^\p{L}+$/u.test(word) || vocabulary.some((v) => v.startsWith(word))) return typed;
    const correction = closestWord(word, vocabulary);
    if (!correction) return typed;
    changed = true;
    return correction;
  });
  return changed ? words.join(' ') : undefined;
}
