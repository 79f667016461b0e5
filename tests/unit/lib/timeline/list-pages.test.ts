import { describe, expect, it } from 'vitest';
import { packListPages } from '../../../../src/lib/timeline/list-pages.ts';

/** Entries named by year and serial: `2019.3`. */
const entries = (counts: Record<number, number>) =>
  Object.entries(counts).flatMap(([year, count]) =>
    Array.from({ length: count }, (_, i) => ({ year: Number(year), id: `${year}.${i}` })),
  );
const shape = (pages: ReturnType<typeof packListPages<{ year: number; id: string }>>) =>
  pages.map((page) => page.entries.map((e) => e.id));

describe('packListPages', () => {
  it('keeps a small story on one page', () => {
    const pages = packListPages(entries({ 2011: 3, 2018: 10, 2024: 30 }), 100);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.number).toBe(1);
    expect(pages[0]!.entries).toHaveLength(43);
  });

  it('packs whole years together and starts a page where a year would not fit', () => {
    const pages = packListPages(entries({ 2011: 4, 2012: 5, 2013: 3, 2014: 6 }), 10);
    expect(pages.map((p) => p.entries.map((e) => e.year))).toEqual([
      [2011, 2011, 2011, 2011, 2012, 2012, 2012, 2012, 2012],
      [2013, 2013, 2013, 2014, 2014, 2014, 2014, 2014, 2014],
    ]);
  });

  it('spreads a year bigger than a page over full pages, in order; the next year may join its last', () => {
    const pages = packListPages(entries({ 2011: 2, 2012: 25, 2013: 1 }), 10);
    expect(shape(pages)).toEqual([
      ['2011.0', '2011.1'],
      Array.from({ length: 10 }, (_, i) => `2012.${i}`),
      Array.from({ length: 10 }, (_, i) => `2012.${i + 10}`),
      ['2012.20', '2012.21', '2012.22', '2012.23', '2012.24', '2013.0'],
    ]);
    expect(pages.map((p) => p.number)).toEqual([1, 2, 3, 4]);
  });

  it('never makes a page bigger than asked, and loses nothing', () => {
    const all = entries({ 2011: 37, 2012: 1, 2013: 250, 2014: 99, 2015: 100, 2016: 101 });
    const pages = packListPages(all, 100);
    expect(Math.max(...pages.map((p) => p.entries.length))).toBeLessThanOrEqual(100);
    expect(pages.flatMap((p) => p.entries)).toEqual(all);
  });

  it('has no pages for no entries, and refuses a page size below one', () => {
    expect(packListPages([], 10)).toEqual([]);
    expect(() => packListPages(entries({ 2011: 1 }), 0)).toThrow(RangeError);
  });
});
