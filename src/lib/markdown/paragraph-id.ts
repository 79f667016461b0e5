/**
 * Stable ids for paragraphs, made from their opening words ("p-irans-foreign-ministry-stated").
 * Derived from the text rather than the position, so a link to a paragraph keeps working when
 * an editor inserts another paragraph above it.
 */
const WORDS_IN_ID = 5;

export function paragraphIdBase(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, WORDS_IN_ID);
  return `p-${words.join('-') || 'paragraph'}`;
}

/** Hands out ids, suffixing repeats (`-2`, `-3`) so every id on a page is unique. */
export function createParagraphIds(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = paragraphIdBase(text);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  };
}
