/**
 * Spellings of one entity that search treats as one: "Khmeimim" and "Hmeimim", "IRGC" and
 * "Revolutionary Guard". The data is the entities' `name` and `aliases` in
 * `content/entities/*.yaml`; an editor adds a spelling there and search learns it.
 *
 * Pagefind matches words, and every word of a query must be found (there is no OR). So:
 * - a one-word spelling that an article does not use is added to the article's search
 *   metadata, and Pagefind finds it there ("Hmeimim" finds the article that writes "Khmeimim");
 * - a spelling of several words becomes one token ("zeinab_shrine") in the metadata of every
 *   article that mentions the entity, and the search page rewrites that spelling in a query to
 *   the token, so "Zeinab Shrine" finds the article that writes "Sayyida Zeinab".
 * Words are compared the way Pagefind compares them: lower case, accents and punctuation
 * (hyphens, apostrophes, full stops) dropped, so "ez-Zor" is "ezzor".
 *
 * Shared by the build (metadata) and the search page (query rewriting, highlighting).
 */

/** An entity's spellings, canonical name first. */
export type SpellingGroup = readonly string[];

/**
 * Spellings with fewer letters than this ("US", "RT") are left out: compared without regard to
 * case they are ordinary words ("us") and would find every article.
 */
const MIN_LETTERS = 3;

/** `_` is a word character for Pagefind (its default `include_characters`), so a token is one word. */
const TOKEN_JOINER = '_';

/** Text folded as search compares it: accents dropped, lower case ("Ez-Zōr" → "ez-zor"). */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A folded word as search compares it: punctuation dropped ("ez-zor" → "ezzor"). */
export function searchWord(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}_]/gu, '');
}

/** A spelling's words as search compares them: "Deir ez-Zor" → ["deir", "ezzor"]. */
export function searchWords(text: string): string[] {
  return foldForSearch(text).split(/\s+/).map(searchWord).filter(Boolean);
}

/** The one-word form of a spelling of several words ("zeinab_shrine"); undefined for one word. */
export function spellingToken(spelling: string): string | undefined {
  const words = searchWords(spelling);
  return words.length > 1 ? words.join(TOKEN_JOINER) : undefined;
}

export function isSearchableSpelling(spelling: string): boolean {
  return spelling.replace(/[^\p{L}]/gu, '').length >= MIN_LETTERS;
}

/**
 * The groups search needs: entities with at least two searchable spellings (an entity with one
 * spelling is found by Pagefind as it is). Spellings that compare equal are kept once.
 */
export function spellingGroups(entities: Iterable<{ name: string; aliases: readonly string[] }>): string[][] {
  const groups: string[][] = [];
  for (const { name, aliases } of entities) {
    const seen = new Set<string>();
    const group: string[] = [];
    for (const spelling of [name, ...aliases]) {
      const key = searchWords(spelling).join(' ');
      if (!isSearchableSpelling(spelling) || seen.has(key)) continue;
      seen.add(key);
      group.push(spelling);
    }
    if (group.length > 1) groups.push(group);
  }
  return groups;
}
