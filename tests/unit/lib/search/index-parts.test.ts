/**
 * How the search index is cut into parts: the setting, each page's part, the parts' folders.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_INDEX_PART_PAGES,
  indexPartDirectories,
  indexPartOf,
  indexPartPages,
} from '../../../../src/lib/search/index-parts.ts';

describe('indexPartPages', () => {
  it('is the default unless SEARCH_INDEX_PART_PAGES says otherwise', () => {
    expect(indexPartPages(undefined)).toBe(DEFAULT_INDEX_PART_PAGES);
    expect(indexPartPages('')).toBe(DEFAULT_INDEX_PART_PAGES);
    expect(indexPartPages('2')).toBe(2);
  });

  it('rejects a setting that is not a whole number of pages', () => {
    for (const setting of ['0', '-3', '2.5', 'many'])
      expect(() => indexPartPages(setting)).toThrow(
        `SEARCH_INDEX_PART_PAGES must be a whole number of pages, 1 or more (got "${setting}").`,
      );
  });
});

describe('index parts', () => {
  it('puts pages in parts in the order they come', () => {
    expect([0, 1, 2, 3, 4].map((position) => indexPartOf(position, 2))).toEqual([0, 0, 1, 1, 2]);
  });

  it('names the first part after the bundle itself and the others part-2/, part-3/, ...', () => {
    expect(indexPartDirectories(6, 2500)).toEqual(['']);
    expect(indexPartDirectories(0, 2500)).toEqual(['']);
    expect(indexPartDirectories(2500, 2500)).toEqual(['']);
    expect(indexPartDirectories(2501, 2500)).toEqual(['', 'part-2/']);
    expect(indexPartDirectories(10000, 2500)).toEqual(['', 'part-2/', 'part-3/', 'part-4/']);
  });
});
