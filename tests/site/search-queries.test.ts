/**
 * Searches a reader of these articles makes, each asserting which articles come back: names,
 * places, numbers, a phrase in quotes, spelling variants (PROVENANCE.md lists those the
 * captures use), a typo, and a query that finds nothing and says so.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-page.ts';
import {
  DENIES,
  openSearch,
  REJECTS,
  search,
  shownResults,
  STATELET,
  TRIMS,
  UNCHANGED,
  VISITS,
} from '../support/search-page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const ALL = [STATELET, DENIES, REJECTS, UNCHANGED, TRIMS, VISITS];

interface Case {
  query: string;
  why: string;
  articles: string[];
  /** Words that must be marked in the excerpt of the given article. */
  marked?: [string, string];
}

const CASES: Case[] = [
  { query: 'Hezbollah', why: 'an organisation every article names', articles: ALL },
  { query: 'Nasirzadeh', why: 'a person', articles: [VISITS] },
  { query: 'Larijani Nasirzadeh', why: 'two names: every word must match', articles: [VISITS] },
  { query: 'Astana', why: 'a place', articles: [UNCHANGED] },
  { query: '529', why: 'a number', articles: [DENIES], marked: [DENIES, '529'] },
  { query: '2011', why: 'a year in the text', articles: [STATELET, REJECTS, VISITS] },
  { query: '"defenders of the shrine"', why: 'a phrase in quotes', articles: [REJECTS] },
  {
    query: 'Hmeimim',
    why: 'a spelling one article uses, the other writes Khmeimim',
    articles: [DENIES, UNCHANGED],
    marked: [DENIES, 'Khmeimim'],
  },
  { query: 'Khmeimim', why: 'the other spelling', articles: [DENIES, UNCHANGED], marked: [UNCHANGED, 'Hmeimim base'] },
  {
    query: 'Lavrentyev',
    why: 'a spelling no article uses (they write Lavrentiev)',
    articles: [DENIES, REJECTS, UNCHANGED],
    marked: [REJECTS, 'Lavrentiev'],
  },
  {
    query: 'Qasemi',
    why: 'a spelling no article uses (it writes Ghasemi)',
    articles: [REJECTS],
    marked: [REJECTS, 'Ghasemi'],
  },
  { query: 'Hizbullah', why: 'a spelling no article uses', articles: ALL },
  {
    query: 'Qusayr',
    why: 'one article writes Qusair',
    articles: [STATELET, UNCHANGED, VISITS],
    marked: [UNCHANGED, 'Qusair'],
  },
  {
    query: 'Zeinab Shrine',
    why: 'two words, one spelling; the other article writes Sayyida Zeinab',
    articles: [REJECTS, UNCHANGED],
    marked: [UNCHANGED, 'Sayyida Zeinab'],
  },
  {
    query: 'IRGC',
    why: 'an acronym; two articles write only Revolutionary Guard',
    articles: [DENIES, REJECTS, TRIMS, UNCHANGED],
  },
  {
    query: 'Revolutionary Guard',
    why: 'the long form; two articles write IRGC too',
    articles: [DENIES, REJECTS, TRIMS, UNCHANGED],
  },
  { query: 'Deir ez-Zor', why: 'the articles write Deir Ezzor', articles: [DENIES, TRIMS] },
];

async function searchPage(): Promise<Page> {
  const page = await browser.newPage();
  await openSearch(page, new URL('search/', baseUrl).href);
  return page;
}

describe.each(CASES.map((c) => [c.query, c.why, c] as const))(
  '%s (%s)',
  (_query, _why, { query, articles, marked }) => {
    test(`finds ${articles.length === ALL.length ? 'all six articles' : articles.join(', ')}`, async () => {
      const page = await searchPage();
      await search(page, query);
      const shown = await shownResults(page);
      expect(shown.slugs.toSorted()).toEqual(articles.toSorted());
      expect(shown.status).toBe(
        `${articles.length} article${articles.length === 1 ? '' : 's'} match${articles.length === 1 ? 'es' : ''} “${query}”.`,
      );
      // Every result links to its article, to a paragraph where the text matched when there is one.
      for (const href of shown.hrefs) expect(href).toMatch(/^\/articles\/[^/]+\/(#(p-[\w-]+)?:~:text=.+)?$/);
      if (marked) {
        const [article, words] = marked;
        const marks = shown.marks[shown.slugs.indexOf(article)] ?? [];
        expect(
          marks.some((mark) => mark.includes(words)),
          `marks in ${article}: ${marks.join(' | ')}`,
        ).toBe(true);
      }
    });
  },
);

test('a typo is corrected, and the page says so', async () => {
  const page = await searchPage();
  await search(page, 'hezbolah');
  const shown = await shownResults(page);
  expect(shown.slugs.toSorted()).toEqual(ALL.toSorted());
  expect(shown.status).toBe('No article matches “hezbolah”. Showing 6 articles for “hezbollah”.');
});

test('a search that finds nothing says so, and points to the list of articles', async () => {
  const page = await searchPage();
  await search(page, 'xylophone');
  const shown = await shownResults(page);
  expect(shown.slugs).toEqual([]);
  expect(shown.status).toBe('No article matches “xylophone”.');
  const help = page.locator('[data-no-results]');
  await expect.poll(() => help.isVisible()).toBe(true);
  expect(await help.locator('a').getAttribute('href')).toBe(new URL(baseUrl).pathname);
});
