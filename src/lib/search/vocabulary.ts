/**
 * The words of the indexed text, for suggesting a correction when a query word looks like a
 * typo (`suggest.ts`). Built at build time into `/search/vocabulary/<shard>.json`, one file per
 * first letter, fetched only when needed.
 */
import { searchWords } from './spellings.ts';

/** Shorter words are not corrected (see `allowedDistance`), so they are left out. */
const MIN_LENGTH = 4;

/** The file a word belongs in: its first letter, or "other" for letters outside a-z. */
export function vocabularyShard(word: string): string {
  const first = word[0] ?? '';
  return /^[a-z]$/.test(first) ? first : 'other';
}

/** Distinct letter-only words, lower case, most frequent first (ties alphabetical). */
export function vocabulary(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    // Possessives and hyphenated names are words of their own in queries ("Qusayr", not "al-Qusayr's").
    for (const word of searchWords(text.replace(/['’]s\b/g, '').replace(/[-‐‑–—/]/g, ' '))) {
      if (word.length < MIN_LENGTH || !/^\p{L}+$/u.test(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

/** The vocabulary split by `vocabularyShard`, each part still most frequent first. */
export function vocabularyShards(texts: Iterable<string>): Map<string, string[]> {
  const shards = new Map<string, string[]>();
  for (const word of vocabulary(texts)) {
    const shard = vocabularyShard(word);
    shards.set(shard, [...(shards.get(shard) ?? []), word]);
  }
  return shards;
}
