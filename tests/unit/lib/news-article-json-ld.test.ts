/** schema.org NewsArticle: never a guessed day as a printed one, never markup that can close the script. */
import { expect, test } from 'vitest';
import { newsArticleJsonLd } from '../../../src/lib/news-article-json-ld.ts';
import type { PublishedDate } from '../../../src/lib/dates/published-date.ts';

const exact: PublishedDate = { date: { year: 2024, month: 11, day: 14, precision: 'day' }, estimate: false };
const estimated: PublishedDate = { ...exact, estimate: true, basis: 'Inferred.' };
const input = {
  headline: 'Iran denies reducing its forces in Syria',
  publisher: { name: 'Enab Baladi', homepage: 'https://english.enabbaladi.net/' },
  url: 'https://iran-syria-tracker.example/articles/x/',
};

test('describes the article, its publisher and its page', () => {
  const json = JSON.parse(
    newsArticleJsonLd({ ...input, published: exact, originalUrl: 'https://english.enabbaladi.net/x/' }),
  );
  expect(json).toEqual({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.headline,
    datePublished: '2024-11-14',
    publisher: { '@type': 'Organization', name: 'Enab Baladi', url: 'https://english.enabbaladi.net/' },
    mainEntityOfPage: input.url,
    isBasedOn: 'https://english.enabbaladi.net/x/',
  });
});

test('an estimated day is given only to the month, and no original URL means no isBasedOn', () => {
  const json = JSON.parse(newsArticleJsonLd({ ...input, published: estimated, originalUrl: undefined }));
  expect(json.datePublished).toBe('2024-11');
  expect(json).not.toHaveProperty('isBasedOn');
});

test('"<" is escaped so the text cannot close its <script> element', () => {
  const text = newsArticleJsonLd({
    ...input,
    headline: 'A </script><script>alert(1)</script>',
    published: exact,
    originalUrl: undefined,
  });
  expect(text).not.toContain('<');
  expect(JSON.parse(text).headline).toBe('A </script><script>alert(1)</script>');
});
