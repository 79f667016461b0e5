/**
 * The line shown under a headline in lists: the publisher's standfirst where there is one,
 * else the article's own opening words (never words of ours presented as the publisher's).
 */
import { markdownParagraphs } from './markdown/paragraphs.ts';

const MAX_WORDS = 40;

export function summaryOf(standfirst: string | undefined, body: string): string {
  if (standfirst) return standfirst;
  const first = markdownParagraphs(body)[0] ?? '';
  const words = first.split(/\s+/);
  return words.length <= MAX_WORDS ? first : `${words.slice(0, MAX_WORDS).join(' ')} …`;
}
