import { describe, expect, it } from 'vitest';
import { closestWord, correctQuery, editDistance } from '../../../../src/lib/search/suggest.ts';
import { allowedDistance, unmatchedWords } from '../../../../src/lib/search/unmatched-words.ts';

const vocabulary = ['hezbollah', 'iran', 'syria', 'lavrentiev', 'lavrentyev', 'militias', 'militia'];

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours', () => {
    expect(editDistance('hezbolah', 'hezbollah', 2)).toBe(1);
    expect(editDistance('syira', 'syria', 2)).toBe(1);
    expect(editDistance('iran', 'iraq', 2)).toBe(1);
    expect(editDistance('tehran', 'damascus', 2)).toBe(3);
  });
});

describe('closestWord', () => {
  it('corrects within the allowed distance only', () => {
    expect(closestWord('hezbolah', vocabulary)).toBe('hezbollah');
    expect(closestWord('lavrentyv', vocabulary)).toBe('lavrentyev');
    expect(closestWord('syira', vocabulary)).toBe('syria');
    expect(closestWord('qqqqqq', vocabulary)).toBeUndefined();
    expect(allowedDistance('irn')).toBe(0);
  });
});

describe('correctQuery', () => {
  it('replaces the given words and keeps words being typed', () => {
    expect(correctQuery('hezbolah militias', new Set(['hezbolah']), vocabulary)).toBe('hezbollah militias');
    expect(correctQuery('milit', new Set(['milit']), vocabulary)).toBeUndefined();
    expect(correctQuery('"hezbolah"', new Set(['hezbolah']), vocabulary)).toBeUndefined();
  });
});

describe('unmatchedWords', () => {
  it('flags a word that matched nothing starting like it', () => {
    // Pagefind found "he" for "hezbolah": a typo, not a match.
    expect(unmatchedWords('hezbolah', new Set(['he']), () => false)).toEqual(['hezbolah']);
    expect(unmatchedWords('militias', new Set(['militia']), () => false)).toEqual([]);
    expect(unmatchedWords('hmeimim', new Set(), (w) => w === 'hmeimim')).toEqual([]);
    expect(unmatchedWords('529 irn', new Set(), () => false)).toEqual([]);
  });
});
