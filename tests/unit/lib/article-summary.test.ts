/** The line under a headline in lists: the publisher's standfirst, else the article's own first words. */
import { expect, test } from 'vitest';
import { summaryOf } from '../../../src/lib/article-summary.ts';
import { articleParagraphs } from '../../../src/lib/markdown/article-paragraphs.ts';
import { createArticlePipeline, renderArticle } from '../../../src/lib/markdown/article-pipeline.ts';
import { renderedBlocksOf } from '../../../src/lib/markdown/rendered-blocks.ts';

const words = (count: number) => Array.from({ length: count }, (_, i) => `w${i + 1}`).join(' ');
const text = (...paragraphs: string[]) => paragraphs.map((p) => ({ text: p }));

test('prefers the standfirst', () => {
  expect(summaryOf('The standfirst.', text('Body text.'))).toBe('The standfirst.');
});

test('otherwise the first paragraph, when it is short', () => {
  expect(summaryOf(undefined, text(words(40), 'Second paragraph.'))).toBe(words(40));
});

test('a long first paragraph is cut at 40 words and marked as cut', () => {
  expect(summaryOf(undefined, text(words(41)))).toBe(`${words(40)} …`);
});

test('no paragraph gives an empty line, not an error', () => {
  expect(summaryOf(undefined, [])).toBe('');
});

test('the words as the page prints them: no heading, link target or emphasis mark', async () => {
  const pipeline = createArticlePipeline({ entitiesDir: '/nonexistent/', base: '/' });
  const { metadata } = await renderArticle(
    pipeline,
    '## A heading\n\n[Enab Baladi](https://english.enabbaladi.net/) *reported* on Sunday.',
  );
  const paragraphs = articleParagraphs(renderedBlocksOf({ id: 'a', rendered: { metadata } }));
  expect(summaryOf(undefined, paragraphs)).toBe('Enab Baladi reported on Sunday.');
});
