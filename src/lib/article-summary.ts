/**
 * The line shown under a headline in lists: the publisher's standfirst where there is one,
 * else the article's own opening words (never words of ours presented as the publisher's),
 * as the page prints them: no Markdown link targets or emphasis marks.
 */
import type { ArticleParagraph } from './markdown/article-paragraphs.ts';

const MAX_WORDS = 40;

export function summaryOf(
  standfirst: string | undefined,
  paragraphs: readonly Pick<ArticleParagraph, 'text'>[],
): string {
  if (standfirst) return standfirst;
  const first = paragraphs[0]?.text ?? '';
  const words = first.split(/\s+/);
  return words.length <= MAX_WORDS ? first : `${words.slice(0, MAX_WORDS).join(' ')} …`;
}
