import { describe, expect, it } from 'vitest';
import { spellingMetadata } from '../../../../src/lib/search/spelling-metadata.ts';
import { vocabulary, vocabularyShards } from '../../../../src/lib/search/vocabulary.ts';

describe('spellingMetadata', () => {
  const text = 'Haji said Iran protects the Zeinab Shrine. The Russian base “Khmeimim”, al-Qusayr and the US.';
  const words = spellingMetadata(
    [
      { name: 'Khmeimim air base', aliases: ['Khmeimim', 'Hmeimim'] },
      { name: 'Sayyida Zeinab', aliases: ['Zeinab Shrine'] },
      { name: 'Ali Asghar Haji', aliases: ['Haji'] },
      { name: 'Iran', aliases: [] },
      { name: 'United States', aliases: ['US'] },
      { name: 'Qusayr', aliases: ['al-Qusayr', 'Qusair'] },
    ],
    text,
  ).split(' ');
  it('records one-word spellings the text does not use', () => {
    expect(words).toContain('hmeimim');
    expect(words).toContain('qusair');
    expect(words).not.toContain('khmeimim');
    // "al-Qusayr" in the text is also "qusayr".
    expect(words).not.toContain('qusayr');
    expect(words).not.toContain('alqusayr');
  });
  it('records every spelling of several words as a token', () => {
    expect(words).toEqual(
      expect.arrayContaining(['sayyida_zeinab', 'zeinab_shrine', 'khmeimim_air_base', 'ali_asghar_haji']),
    );
  });
  it('leaves out entities with one searchable spelling', () => {
    // "US" is too short to search without its capitals, which leaves "United States" alone.
    expect(words).not.toContain('us');
    expect(words).not.toContain('united_states');
    expect(words).not.toContain('iran');
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
