/** The line under a headline in lists: the publisher's standfirst, else the article's own first words. */
import { expect, test } from 'vitest';
import { summaryOf } from '../../../src/lib/article-summary.ts';

const words = (count: number) => Array.from({ length: count }, (_, i) => `w${i + 1}`).join(' ');

test('prefers the standfirst', () => {
  expect(summaryOf('The standfirst.', 'Body text.')).toBe('The standfirst.');
});

test('otherwise the first paragraph, skipping headings, when it is short', () => {
  expect(summaryOf(undefined, `## A heading\n\n${words(40)}\n\nSecond paragraph.`)).toBe(words(40));
});

test('a long first paragraph is cut at 40 words and marked as cut', () => {
  expect(summaryOf(undefined, words(41))).toBe(`${words(40)} …`);
});

test('an empty body gives an empty line, not an error', () => {
  expect(summaryOf(undefined, '')).toBe('');
});
