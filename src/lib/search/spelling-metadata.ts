/**
 * The search metadata that lets any spelling of an entity find the articles mentioning it
 * (see `spellings.ts`): for each entity an article mentions, the one-word spellings its text
 * does not use ("hmeimim" where it writes "Khmeimim"), and the token of every spelling of
 * several words ("zeinab_shrine"), space-separated.
 */
import { foldForSearch, isSearchableSpelling, searchWord, searchWords, spellingToken } from './spellings.ts';

export interface SpelledEntity {
  name: string;
  aliases: readonly string[];
}

export function spellingMetadata(mentioned: Iterable<SpelledEntity>, text: string): string {
  const used = usedWords(text);
  const words = new Set<string>();
  for (const entity of mentioned) {
    const spellings = [entity.name, ...entity.aliases].filter(isSearchableSpelling);
    if (spellings.length < 2) continue;
    for (const spelling of spellings) {
      const token = spellingToken(spelling);
      const [word] = searchWords(spelling);
      if (token) words.add(token);
      else if (word && !used.has(word)) words.add(word);
    }
  }
  return [...words].join(' ');
}

/** The words of a text as search compares them; both "al-Qusayr" and its parts count as used: a query for either finds the text. */
function usedWords(text: string): Set<string> {
  const used = new Set<string>();
  for (const token of foldForSearch(text).split(/\s+/)) {
    used.add(searchWord(token));
    if (/[-‐‑–—/]/.test(token)) for (const part of token.split(/[-‐‑–—/]/)) used.add(searchWord(part));
  }
  used.delete('');
  return used;
}
