/**
 * Finds a quote, word for word, in an article's paragraphs; and when it is not there, says where
 * it stops matching, so an editor sees the typo instead of hunting for it.
 * Comparison goes through `normalizeForComparison` (curly or straight quotes, dashes, spacing).
 */
import type { ArticleParagraph } from '../markdown/article-paragraphs.ts';
import { normalizeForComparison } from './normalize.ts';

export interface QuoteLocation {
  paragraph: ArticleParagraph;
  /** Position of the paragraph in the article, from 0. */
  index: number;
}

export function locateQuote(paragraphs: readonly ArticleParagraph[], quote: string): QuoteLocation | undefined {
  const wanted = normalizeForComparison(quote);
  if (wanted === '') return undefined;
  const index = paragraphs.findIndex((p) => normalizeForComparison(p.text).includes(wanted));
  return index === -1 ? undefined : { paragraph: paragraphs[index]!, index };
}

const SHOWN = 40;

/**
 * Why a quote is not found: the longest opening (in whole words) that is in one paragraph, and
 * what follows it there and in the quote.
 */
export function describeMismatch(paragraphs: readonly ArticleParagraph[], quote: string): string {
  const wanted = normalizeForComparison(quote);
  const texts = paragraphs.map((p) => normalizeForComparison(p.text));
  const words = wanted.split(' ');
  let best: { length: number; text: string; at: number } | undefined;
  for (let n = words.length - 1; n >= 1 && !best; n--) {
    const opening = words.slice(0, n).join(' ');
    for (const text of texts) {
      const at = text.indexOf(opening);
      if (at !== -1) {
        best = { length: opening.length, text, at };
        break;
      }
    }
  }
  if (!best) return `no paragraph contains even its first word ("${words[0]}")`;
  const article = best.text.slice(best.at + best.length, best.at + best.length + SHOWN);
  const yours = wanted.slice(best.length, best.length + SHOWN);
  return `the words match up to "…${wanted.slice(Math.max(0, best.length - 30), best.length)}", then the article has "${article}…" where the quote has "${yours}…"`;
}
