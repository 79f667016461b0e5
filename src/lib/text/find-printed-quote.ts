/**
 * Finds a quote in a text the way `normalizeForComparison` compares them (typography aside,
 * word for word) and returns the span of the *original* text it matches, so a link can
 * highlight the words exactly as the page prints them (curly quotes and all).
 * (`locate-quote.ts` finds which Markdown paragraph holds a quote; this finds the printed words.)
 */
import { NORMALIZE_STEPS, normalizeForComparison } from './normalize.ts';

/** Text with, for every character, the range of the source it came from. */
interface TrackedText {
  text: string;
  from: ArrayLike<number>;
  to: ArrayLike<number>;
}

function track(source: string): TrackedText {
  const from = new Int32Array(source.length);
  const to = new Int32Array(source.length);
  for (let i = 0; i < source.length; i += 1) {
    from[i] = i;
    to[i] = i + 1;
  }
  return { text: source, from, to };
}

/**
 * `String.replace` with a global regex that keeps every character's source range. A step that
 * changes nothing (most blocks have no ellipsis, no dash, no run of spaces) is skipped: copying
 * the ranges of every character is what tracking costs. Skipping is exact for the normalizing
 * steps: none matches an empty string, so an unchanged text means each match was replaced by
 * itself, and each character keeps its own range.
 */
function replaceTracked(input: TrackedText, pattern: RegExp, replacement: string): TrackedText {
  if (input.text.replace(pattern, replacement) === input.text) return input;
  const parts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let last = 0;
  const keep = (start: number, end: number) => {
    parts.push(input.text.slice(start, end));
    for (let i = start; i < end; i += 1) {
      from.push(input.from[i]!);
      to.push(input.to[i]!);
    }
  };
  for (const match of input.text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    keep(last, start);
    // A replacement stands for the whole match (or, for an empty match, the spot it is at).
    const sourceFrom = start < end ? input.from[start]! : (input.to[start - 1] ?? 0);
    const sourceTo = start < end ? input.to[end - 1]! : sourceFrom;
    parts.push(replacement);
    for (let i = 0; i < replacement.length; i += 1) {
      from.push(sourceFrom);
      to.push(sourceTo);
    }
    last = end;
  }
  keep(last, input.text.length);
  return { text: parts.join(''), from, to };
}

export interface PrintedQuote {
  /** Offsets into the NFC form of the searched text. */
  start: number;
  end: number;
  /** The matched words as the text has them. */
  text: string;
}

/**
 * A text normalized once, to look many quotes up in (an article's block is searched for each of
 * its citations). Where each character came from is worked out only for a block that holds a
 * quote: most blocks hold none, and tracking costs ten times the normalizing.
 */
export interface PreparedText {
  source: string;
  /** `normalizeForComparison(source)`: the text `tracked` holds, without the tracking. */
  normalized: string;
  tracked?: TrackedText;
}

export function prepareText(text: string): PreparedText {
  const source = text.normalize('NFC');
  return { source, normalized: normalizeForComparison(source) };
}

function trackSteps(source: string): TrackedText {
  let tracked = track(source);
  for (const [pattern, replacement] of NORMALIZE_STEPS) tracked = replaceTracked(tracked, pattern, replacement);
  return tracked;
}

/**
 * Where a quote occurs in a prepared text (typography aside), or undefined. The quote comes
 * normalized (`normalizeForComparison`): one looked for block after block is normalized once.
 */
export function findNormalizedIn(prepared: PreparedText, needle: string): PrintedQuote | undefined {
  if (!needle) return undefined;
  const at = prepared.normalized.indexOf(needle);
  if (at === -1) return undefined;
  const { source } = prepared;
  const tracked = (prepared.tracked ??= trackSteps(source));
  const start = tracked.from[at]!;
  const end = tracked.to[at + needle.length - 1]!;
  return { start, end, text: source.slice(start, end) };
}

/** Where `quote` occurs in `text` (typography aside), or undefined. */
export function findPrintedQuote(text: string, quote: string): PrintedQuote | undefined {
  return findNormalizedIn(prepareText(text), normalizeForComparison(quote));
}
