/**
 * The passage of an article a search result shows and links to.
 *
 * Pagefind returns an article's indexed text as words (`content`), where the query matched
 * (`locations`, word positions) and every element with an id (`anchors`: our paragraphs). We
 * pick the paragraph with the most weight of matches, show a window of it with the matched
 * words marked, and link to that paragraph with a text fragment (`#p-id:~:text=...`) so the
 * browser scrolls to it and highlights the words: article pages ship no JavaScript, and text
 * fragments need none.
 * https://wicg.github.io/scroll-to-text-fragment/
 */
import { searchWords, type SpellingGroup } from './spellings.ts';

/** The part of Pagefind's result data this file reads. */
export interface ResultData {
  url: string;
  /** The indexed text, headline first. */
  content: string;
  meta: { title?: string | undefined };
  anchors: readonly { id: string; location: number; text?: string }[];
  weighted_locations: readonly { location: number; weight: number }[];
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface Passage {
  /** The paragraph linked to; undefined for the headline, standfirst or lead caption. */
  anchorId: string | undefined;
  parts: ExcerptPart[];
  /** The window starts after the start of the text, or ends before its end. */
  clippedStart: boolean;
  clippedEnd: boolean;
  /** Where the result links: the article, its paragraph, and the words to highlight. */
  href: string;
}

const EXCERPT_WORDS = 32;
/** Words of context shown before the first match. */
const LEAD_WORDS = 8;
/** Words of context on each side of a highlighted word in a text fragment. */
const CONTEXT_WORDS = 3;
/** Highlights in one link: the browser scrolls to the first. */
const MAX_HIGHLIGHTS = 3;

/** A content word as spellings are compared: possessive and punctuation dropped. */
function comparable(word: string): string {
  return searchWords(word.replace(/['’]s$/i, '')).join('');
}

/**
 * Positions of every spelling of the given groups in the words: how the result highlights
 * "Khmeimim" for a search for "Hmeimim" (Pagefind found the article through its metadata,
 * which has no position in the text).
 */
export function spellingLocations(words: readonly string[], groups: readonly SpellingGroup[]): number[] {
  if (groups.length === 0) return [];
  const spellings = groups.flatMap((group) => group.map((spelling) => searchWords(spelling)));
  const keys = words.map(comparable);
  const found = new Set<number>();
  for (let i = 0; i < keys.length; i++) {
    for (const spelling of spellings) {
      if (spelling.length === 0) continue;
      // A hyphenated word ("al-Qusayr") is one word of the text and one key ("alqusayr").
      if (spelling.every((w, k) => keys[i + k] === w)) for (let k = 0; k < spelling.length; k++) found.add(i + k);
    }
  }
  return [...found].sort((a, b) => a - b);
}

interface Segment {
  start: number;
  end: number;
  anchorId: string | undefined;
  /** End of the paragraph's own words; what follows (a caption, a subheading) is another block. */
  ownEnd: number;
}

/**
 * The article in blocks: what precedes the first paragraph (standfirst, lead caption), then each
 * paragraph with what follows it up to the next. The headline, which the result shows as its
 * title, is left out.
 */
function segments(data: ResultData, words: readonly string[]): Segment[] {
  const wordCount = words.length;
  const anchors = [...data.anchors].sort((a, b) => a.location - b.location);
  const list: Segment[] = [];
  const first = anchors[0]?.location ?? wordCount;
  const headline = headlineLength(data, words);
  if (first > headline) list.push({ start: headline, end: first, anchorId: undefined, ownEnd: first });
  anchors.forEach((anchor, i) => {
    const end = anchors[i + 1]?.location ?? wordCount;
    const own = anchor.text ? anchor.text.split(/\s+/).filter(Boolean).length : end - anchor.location;
    list.push({ start: anchor.location, end, anchorId: anchor.id, ownEnd: Math.min(end, anchor.location + own) });
  });
  return list;
}

/** Words of the headline at the start of the content (Pagefind ends it with a full stop). */
function headlineLength(data: ResultData, words: readonly string[]): number {
  const title = (data.meta.title ?? '').split(/\s+/).filter(Boolean);
  const matches =
    title.length > 0 && title.every((word, i) => words[i]?.replace(/\.$/, '') === word.replace(/\.$/, ''));
  return matches ? title.length : 0;
}

const EDGE_PUNCTUATION = /^([\p{P}\p{S}]*)(.*?)([\p{P}\p{S}]*)$/u;

/** Percent-encodes a text directive term, including the characters the syntax reserves. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * A text directive for the words `[at, at + length)`: those words, with a few words either side
 * from `[from, to)` so the browser picks this occurrence and not an earlier one.
 */
export function textDirective(words: readonly string[], at: number, length: number, from: number, to: number): string {
  const last = at + length - 1;
  const [, lead = ''] = EDGE_PUNCTUATION.exec(words[at]!) ?? [];
  const [, , , trail = ''] = EDGE_PUNCTUATION.exec(words[last]!) ?? [];
  // Quotes and commas around the words go to the context, so only the words are highlighted.
  const run = words.slice(at, last + 1).join(' ');
  const core = run.slice(lead.length, run.length - trail.length) || run;
  const trimmed = core !== run;
  const previous = words.slice(Math.max(from, at - CONTEXT_WORDS), at);
  const next = words.slice(last + 1, Math.min(to, last + 1 + CONTEXT_WORDS));
  const prefix = [...previous, ...(trimmed && lead ? [lead] : [])].join(' ');
  const suffix = (trimmed ? trail : '') + (next.length > 0 ? ` ${next.join(' ')}` : '');
  let directive = encodeTerm(core);
  if (prefix.trim()) directive = `${encodeTerm(prefix.trim())}-,${directive}`;
  if (suffix.trim()) directive = `${directive},-${encodeTerm(suffix.trim())}`;
  return `text=${directive}`;
}

export function bestPassage(data: ResultData, extraLocations: readonly number[] = []): Passage {
  const words = data.content.split(/\s+/).filter(Boolean);
  const weights = new Map<number, number>();
  for (const { location, weight } of data.weighted_locations)
    weights.set(location, Math.max(weights.get(location) ?? 0, weight));
  for (const location of extraLocations) if (!weights.has(location)) weights.set(location, 1);
  const locations = [...weights.keys()].filter((l) => l < words.length).sort((a, b) => a - b);

  const all = segments(data, words);
  let best: Segment | undefined;
  let bestScore = 0;
  for (const segment of all) {
    const score = locations
      .filter((l) => l >= segment.start && l < segment.end)
      .reduce((sum, l) => sum + weights.get(l)!, 0);
    if (score > bestScore) [best, bestScore] = [segment, score];
  }
  // Nothing matched in the text (only the headline or the metadata): show the opening paragraph.
  const segment = best ??
    all.find((s) => s.anchorId) ??
    all[0] ?? { start: 0, end: words.length, anchorId: undefined, ownEnd: words.length };
  const inSegment = locations.filter((l) => l >= segment.start && l < segment.end);
  const firstHit = inSegment[0] ?? segment.start;
  const start = Math.max(segment.start, Math.min(firstHit - LEAD_WORDS, segment.end - EXCERPT_WORDS));
  const end = Math.min(segment.end, start + EXCERPT_WORDS);

  const marked = new Set(inSegment);
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  for (let i = start; i < end; i++) {
    const word = words[i]!;
    const [, lead = '', core = '', trail = ''] = EDGE_PUNCTUATION.exec(word) ?? [];
    // One <mark> across "Revolutionary Guard", but quotes and commas around a word stay outside.
    if (i > start) push(' ', marked.has(i) && marked.has(i - 1) && parts.at(-1)!.mark && !lead);
    if (marked.has(i) && core) {
      push(lead, false);
      push(core, true);
      push(trail, false);
    } else push(word, marked.has(i));
  }

  // Consecutive matched words ("Revolutionary Guard") are one highlight.
  const runs: [number, number][] = [];
  for (const at of inSegment) {
    const run = runs.at(-1);
    if (run && run[0] + run[1] === at) run[1] += 1;
    else runs.push([at, 1]);
  }
  const highlights: string[] = [];
  const seen = new Set<string>();
  for (const [at, length] of runs) {
    if (highlights.length === MAX_HIGHLIGHTS) break;
    const key = words
      .slice(at, at + length)
      .map(comparable)
      .join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    // Context stays inside one block of the page: the paragraph's own words, or what follows it.
    const [from, to] = at < segment.ownEnd ? [segment.start, segment.ownEnd] : [segment.ownEnd, segment.end];
    highlights.push(textDirective(words, at, Math.min(length, to - at), from, to));
  }
  const fragment = segment.anchorId ?? '';
  const directive = highlights.length > 0 ? `:~:${highlights.join('&')}` : '';
  const href = fragment || directive ? `${data.url}#${fragment}${directive}` : data.url;
  return { anchorId: segment.anchorId, parts, clippedStart: start > 0, clippedEnd: end < words.length, href };
}
