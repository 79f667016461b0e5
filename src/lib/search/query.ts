/**
 * What the search page asks Pagefind for a reader's query, and which entities the query names.
 *
 * A spelling of several words ("Zeinab Shrine", "Revolutionary Guard") is rewritten to its
 * token ("zeinab_shrine"), which every article mentioning the entity carries in its search
 * metadata (see `spellings.ts`): Pagefind needs every word of a query, so the words alone would
 * miss an article that writes "Sayyida Zeinab". One-word spellings are left as typed; the
 * metadata already holds the ones an article does not use.
 *
 * The groups found are what the results highlight: the spelling the article itself uses.
 */
import { searchWords, spellingToken, type SpellingGroup } from './spellings.ts';

export interface SpellingIndex {
  /** Spellings of several words by their first word, longest first. */
  multiWord: Map<string, { words: string[]; token: string; group: SpellingGroup }[]>;
  /** One-word spellings by their word. */
  oneWord: Map<string, SpellingGroup>;
}

export interface PlannedQuery {
  /** The text given to Pagefind. */
  pagefind: string;
  /** A "quoted phrase": Pagefind matches it exactly, and nothing is rewritten. */
  exact: boolean;
  /** Entities the query names, by any spelling. */
  groups: SpellingGroup[];
  /** Query words that name those entities: found through metadata, not always in the text. */
  spellingWords: Set<string>;
}

/** A query word shorter than this is not taken as the start of a spelling. */
const MIN_PREFIX = 3;

export function buildSpellingIndex(groups: readonly SpellingGroup[]): SpellingIndex {
  const multiWord: SpellingIndex['multiWord'] = new Map();
  const oneWord: SpellingIndex['oneWord'] = new Map();
  for (const group of groups) {
    for (const spelling of group) {
      const words = searchWords(spelling);
      const token = spellingToken(spelling);
      if (token) {
        const list = multiWord.get(words[0]!) ?? [];
        list.push({ words, token, group });
        multiWord.set(words[0]!, list);
      } else if (words[0]) {
        oneWord.set(words[0], group);
      }
    }
  }
  for (const list of multiWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { multiWord, oneWord };
}

export function isExactPhrase(query: string): boolean {
  return /^\s*".+"\s*$/.test(query);
}

export function planQuery(query: string, index: SpellingIndex): PlannedQuery {
  const trimmed = query.trim();
  if (isExactPhrase(trimmed)) return { pagefind: trimmed, exact: true, groups: [], spellingWords: new Set() };
  const typed = trimmed.split(/\s+/).filter(Boolean);
  // A last word of one letter is a word still being typed: it would match a large share of the
  // index, and fetch its pieces, for nothing a reader wants to see ("defenders of t", "d").
  if (typed.length > 0 && searchWords(typed.at(-1)!).join('').length < 2) typed.pop();
  const words = typed.map((word) => searchWords(word).join(''));
  const out: string[] = [];
  const groups = new Set<SpellingGroup>();
  const spellingWords = new Set<string>();
  for (let i = 0; i < typed.length;) {
    const spelling = index.multiWord.get(words[i]!)?.find((s) => s.words.every((w, k) => words[i + k] === w));
    if (spelling) {
      out.push(spelling.token);
      groups.add(spelling.group);
      for (const word of spelling.words) spellingWords.add(word);
      i += spelling.words.length;
      continue;
    }
    const word = words[i]!;
    const exact = index.oneWord.get(word);
    if (exact) groups.add(exact);
    else if (word.length >= MIN_PREFIX) {
      // Pagefind matches the start of a word ("Hmei" finds "Hmeimim"), so the highlight should too.
      for (const [spellingWord, group] of index.oneWord) if (spellingWord.startsWith(word)) groups.add(group);
    }
    if (exact || isKnownSpelling(word, index)) spellingWords.add(word);
    out.push(typed[i]!);
    i += 1;
  }
  return { pagefind: out.join(' '), exact: false, groups: [...groups], spellingWords };
}

/** Whether a query word is, or begins, a spelling search knows (found through metadata). */
export function isKnownSpelling(word: string, index: SpellingIndex): boolean {
  if (index.oneWord.has(word) || index.multiWord.has(word)) return true;
  if (word.length < MIN_PREFIX) return false;
  for (const spelling of index.oneWord.keys()) if (spelling.startsWith(word)) return true;
  return false;
}
