import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../../../src/lib/entities/alias-index.ts';
import { articleEntities, type EntityForSearch } from '../../../../src/lib/search/article-entities.ts';
import { vocabulary, vocabularyShards } from '../../../../src/lib/search/vocabulary.ts';

const entities = new Map<string, EntityForSearch>([
  ['khmeimim', { name: 'Khmeimim air base', kind: 'place', aliases: ['Khmeimim', 'Hmeimim'] }],
  ['zeinab', { name: 'Sayyida Zeinab', kind: 'place', aliases: ['Zeinab Shrine'] }],
  ['haji', { name: 'Ali Asghar Haji', kind: 'person', aliases: ['Haji'] }],
  ['iran', { name: 'Iran', kind: 'place', aliases: [] }],
  ['us', { name: 'United States', kind: 'place', aliases: ['US'] }],
]);
const index = buildAliasIndex([...entities].map(([id, e]) => ({ id, name: e.name, aliases: e.aliases })));

describe('articleEntities', () => {
  const text = 'Haji said Iran protects the Zeinab Shrine. The Russian base “Khmeimim” and the US.';
  const result = articleEntities(text, index, entities);
  it('lists the mentioned entities by kind, by their canonical names', () => {
    expect(result.byKind).toEqual({
      person: ['Ali Asghar Haji'],
      place: ['Iran', 'Khmeimim air base', 'Sayyida Zeinab', 'United States'],
      organisation: [],
    });
  });
  it('records spellings the text does not use, and every spelling of several words as a token', () => {
    const words = result.spellings.split(' ');
    expect(words).toContain('hmeimim');
    expect(words).not.toContain('khmeimim');
    expect(words).toEqual(
      expect.arrayContaining(['sayyida_zeinab', 'zeinab_shrine', 'khmeimim_air_base', 'ali_asghar_haji']),
    );
    // "US" is too short to search without its capitals; "United States" has a single spelling left.
    expect(words).not.toContain('us');
    expect(words).not.toContain('united_states');
  });
});

describe('vocabulary', () => {
  it('lists words of four letters or more, most frequent first, by first letter', () => {
    expect(vocabulary(['Hezbollah’s fighters; Hezbollah and Iran-backed militias, 529 of them'])).toEqual([
      'hezbollah',
      'backed',
      'fighters',
      'iran',
      'militias',
      'them',
    ]);
    expect(vocabularyShards(['Hezbollah hamas Iran']).get('h')).toEqual(['hamas', 'hezbollah']);
  });
});
