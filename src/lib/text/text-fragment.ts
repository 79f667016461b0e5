/**
 * Text fragments (`#:~:text=start,end`, https://wicg.github.io/scroll-to-text-fragment/):
 * a link that makes the browser scroll to some words and highlight them. Chromium, Edge and
 * Safari follow them; other browsers ignore the directive and still land on the `#id`.
 */

/** The spec reserves "-", "," and "&" inside a term; encodeURIComponent leaves "-" alone. */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

const MIN_START_WORDS = 5;
/** Quotes up to this many words go whole into the directive. */
const WHOLE_QUOTE_WORDS = 10;
const END_WORDS = 4;

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count += 1;
  return count;
}

/**
 * The directive (":~:text=...") that highlights `printed`: the quote exactly as the page prints
 * it. A long quote is given by its first and last words; the start grows until it occurs only
 * once in `pageText`, so the highlight cannot begin at an earlier, similar sentence.
 */
export function textFragmentDirective(printed: string, pageText: string): string {
  const words = printed.trim().split(/\s+/);
  if (words.length <= WHOLE_QUOTE_WORDS) return `:~:text=${encodeTerm(words.join(' '))}`;
  let startCount = MIN_START_WORDS;
  while (startCount < words.length - END_WORDS && occurrences(pageText, words.slice(0, startCount).join(' ')) > 1) {
    startCount += 1;
  }
  if (startCount >= words.length - END_WORDS) return `:~:text=${encodeTerm(words.join(' '))}`;
  const start = words.slice(0, startCount).join(' ');
  const end = words.slice(-END_WORDS).join(' ');
  return `:~:text=${encodeTerm(start)},${encodeTerm(end)}`;
}
