/**
 * A search over an index in parts (src/lib/search/index-parts.ts): results by relevance as
 * Pagefind merges them, results by date part after part, since Pagefind's merge orders by
 * relevance alone.
 */
import { describe, expect, it } from 'vitest';
import {
  inParts,
  type Pagefind,
  type PagefindResponse,
  type SearchOptions,
} from '../../../../src/components/search/pagefind-api.ts';
import { PART_FILTER } from '../../../../src/lib/search/filters.ts';

interface Page {
  id: string;
  part: string;
  date: string;
  score: number;
}

// Three parts, newest first, as the build writes them; relevance has nothing to do with dates.
const PAGES: Page[] = [
  { id: 'c', part: '1', date: '2024-11-19', score: 1 },
  { id: 'b', part: '1', date: '2024-11-18', score: 5 },
  { id: 'f', part: '2', date: '2024-04-21', score: 3 },
  { id: 'a', part: '2', date: '2023-01-02', score: 6 },
  { id: 'e', part: '3', date: '2018-05-21', score: 2 },
];

/**
 * Pagefind's merged search: each part's results filtered, and sorted if asked (a sorted part
 * scores its results by their place in its own order, as Pagefind does), then merged by score.
 */
function fakePagefind(searches: SearchOptions[]): Pagefind {
  return {
    filters: () => Promise.resolve({ [PART_FILTER]: { 1: 2, 2: 2, 3: 1 } }),
    search(_query, options = {}) {
      searches.push(options);
      const part = (options.filters?.[PART_FILTER] as { any: string[] } | undefined)?.any;
      const direction = Object.values(options.sort ?? {})[0];
      const results = ['1', '2', '3']
        .flatMap((number) => {
          const pages = PAGES.filter((page) => page.part === number && (!part || part.includes(number)));
          if (!direction) return pages.map(({ id, score }) => ({ id, score }));
          pages.sort((x, y) => (direction === 'asc' ? 1 : -1) * x.date.localeCompare(y.date));
          return pages.map(({ id }, place) => ({ id, score: 1 - place / pages.length }));
        })
        .sort((x, y) => y.score - x.score)
        .map(({ id, score }) => ({ id, score, data: () => Promise.reject(new Error('not loaded')) }));
      return Promise.resolve({ results, filters: { year: { 2024: results.length } } } satisfies PagefindResponse);
    },
  };
}

const ids = (response: PagefindResponse) => response.results.map((result) => result.id);

describe('inParts', () => {
  it('needs to: Pagefind’s own merge mixes the parts’ sorted results', async () => {
    const merged = await fakePagefind([]).search('iran', { sort: { date: 'desc' } });
    expect(ids(merged)).not.toEqual(['c', 'b', 'f', 'a', 'e']);
  });

  it('leaves results by relevance as Pagefind merged them, in one search', async () => {
    const searches: SearchOptions[] = [];
    const response = await inParts(fakePagefind(searches), 3).search('iran', { filters: {} });
    expect(ids(response)).toEqual(['a', 'b', 'f', 'e', 'c']);
    expect(searches).toHaveLength(1);
  });

  it('puts results newest first part after part, keeping the counts of the whole search', async () => {
    const searches: SearchOptions[] = [];
    const filters = { publisher: { any: ['Enab Baladi'] } };
    const response = await inParts(fakePagefind(searches), 3).search('iran', { filters, sort: { date: 'desc' } });
    expect(ids(response)).toEqual(['c', 'b', 'f', 'a', 'e']);
    expect(response.filters).toEqual({ year: { 2024: 5 } });
    // The reader's filters still apply in each part's search.
    expect(searches.slice(1).map((options) => options.filters)).toEqual(
      ['1', '2', '3'].map((part) => ({ ...filters, [PART_FILTER]: { any: [part] } })),
    );
  });

  it('puts results oldest first from the last part back', async () => {
    const response = await inParts(fakePagefind([]), 3).search(null, { sort: { date: 'asc' } });
    expect(ids(response)).toEqual(['e', 'a', 'f', 'b', 'c']);
  });

  it('passes the filter counts through', async () => {
    expect(await inParts(fakePagefind([]), 3).filters()).toEqual({ [PART_FILTER]: { 1: 2, 2: 2, 3: 1 } });
  });
});
