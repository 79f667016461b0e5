import { describe, expect, it } from 'vitest';
import {
  isSearchableSpelling,
  searchWords,
  spellingGroups,
  spellingToken,
} from '../../../../src/lib/search/spellings.ts';

describe('searchWords', () => {
  it('compares words as Pagefind does: lower case, no accents, no punctuation inside words', () => {
    expect(searchWords('Deir ez-Zor')).toEqual(['deir', 'ezzor']);
    expect(searchWords("Dar'a")).toEqual(['dara']);
    expect(searchWords('Türkiye')).toEqual(['turkiye']);
    expect(searchWords('“Khmeimim”,')).toEqual(['khmeimim']);
  });
});

describe('spellingToken', () => {
  it('joins a spelling of several words into one word, and leaves one word alone', () => {
    expect(spellingToken('Zeinab Shrine')).toBe('zeinab_shrine');
    expect(spellingToken('Deir ez-Zor')).toBe('deir_ezzor');
    expect(spellingToken('Deir Ezzor')).toBe('deir_ezzor');
    expect(spellingToken('Hmeimim')).toBeUndefined();
  });
});

describe('spellingGroups', () => {
  it('keeps entities with two or more searchable spellings, each spelling once', () => {
    const groups = spellingGroups([
      { name: 'Khmeimim air base', aliases: ['Khmeimim', 'Hmeimim'] },
      { name: 'Iran', aliases: [] },
      { name: 'United States', aliases: ['US', 'U.S.'] },
      // Every spelling compares as "deir ezzor": Pagefind finds them all as they are.
      { name: 'Deir Ezzor', aliases: ['Deir ez-Zor', 'Deir Ez-Zor'] },
      { name: 'Qusayr', aliases: ['al-Qusayr', 'Qusair'] },
    ]);
    expect(groups).toEqual([
      ['Khmeimim air base', 'Khmeimim', 'Hmeimim'],
      ['Qusayr', 'al-Qusayr', 'Qusair'],
    ]);
  });
  it('leaves out two-letter acronyms, which are ordinary words in lower case', () => {
    expect(isSearchableSpelling('US')).toBe(false);
    expect(isSearchableSpelling('U.S.')).toBe(false);
    expect(isSearchableSpelling('IDF')).toBe(true);
  });
});
