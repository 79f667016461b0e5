import { describe, expect, it } from 'vitest';
import { filterMarks, isFiltering } from '../../../../src/lib/timeline/filter.ts';
import { FIXTURE_MARKS } from './fixture-marks.ts';

const ids = (filters: Parameters<typeof filterMarks>[1]) => filterMarks(FIXTURE_MARKS, filters).map((m) => m.id);

describe('filterMarks', () => {
  it('keeps everything without filters', () => {
    expect(ids({})).toHaveLength(FIXTURE_MARKS.length);
    expect(isFiltering({})).toBe(false);
  });

  it('filters by kind, publications being a kind of their own', () => {
    expect(ids({ kinds: new Set(['official-statement']) })).toEqual(['statement']);
    expect(ids({ kinds: new Set(['publication']) })).toEqual(['published-a2', 'published-a1']);
  });

  it('filters by publisher, events by the articles they cite', () => {
    expect(ids({ publisher: 'p2' })).toEqual(['strike', 'statement', 'published-a2']);
  });

  it('filters by entity; a publication stays only if a kept event cites it', () => {
    expect(ids({ person: 'putin' })).toEqual(['statement', 'published-a2']);
    expect(ids({ person: 'assad' })).toEqual(['meetings', 'about-day', 'published-a1']);
    expect(ids({ person: 'assad', kinds: new Set(['visit-or-meeting']) })).toEqual(['meetings', 'about-day']);
  });

  it('combines filters with "and"', () => {
    expect(ids({ person: 'putin', place: 'syria' })).toEqual([]);
    expect(isFiltering({ place: 'syria' })).toBe(true);
  });
});
