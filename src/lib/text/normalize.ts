/**
 * Text comparison that survives typography. Astro's SmartyPants turns straight quotes into
 * curly ones, `--` into dashes and `...` into an ellipsis; editors type either form. Compare
 * text only through this function so a quote is found however it was typed.
 */
const QUOTES = /[‘’‚‛′]/g;
const DOUBLE_QUOTES = /[“”„‟″]/g;
const DASHES = /\s*(?:--|[–—])\s*/g;

export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFC')
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/…/g, '...')
    .replace(DASHES, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
}
