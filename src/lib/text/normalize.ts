/**
 * Text comparison that survives typography. Publishers print curly or straight quotes, `--`
 * or dashes, `...` or an ellipsis, and editors type either form when they quote an article.
 * Compare text only through this function so a quote is found however it was typed.
 */
const QUOTES = /[‘’‚‛′]/g;
const DOUBLE_QUOTES = /[“”„‟″]/g;
const DASHES = /\s*(?:--|[–—])\s*/g;

/**
 * The steps, in order, after NFC. Exported so `find-printed-quote.ts` can apply the very same ones
 * while keeping track of where each character came from.
 */
export const NORMALIZE_STEPS: readonly (readonly [RegExp, string])[] = [
  [QUOTES, "'"],
  [DOUBLE_QUOTES, '"'],
  [/…/g, '...'],
  [DASHES, ' - '],
  [/\s+/g, ' '],
  [/^ | $/g, ''],
];

export function normalizeForComparison(text: string): string {
  let result = text.normalize('NFC');
  for (const [pattern, replacement] of NORMALIZE_STEPS) result = result.replace(pattern, replacement);
  return result;
}
