/**
 * The words of the indexed text, for suggesting a correction when a search finds nothing
 * (`suggest.ts`). Built at build time into `/search/vocabulary.json`, fetched only then.
 */
import { searchWords } from './spellings.ts';

/** Shorter words are not corrected (see `allowedDistance`), so they are left out. */
const MIN_LENGTH = 4;

/** Distinct letter-only words, lower case, most frequent first (ties alphabetical). */
export function vocabulary(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of searchWords(text.replace(/['’]s\b/g, '').replace(/[-‐‑–—/]/g, ' '))) {
      if (word.length < MIN_LENGTH || !/^\p{L}+$/u.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}
