import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../../src/lib/entities/alias-index.ts';
import { findMentions } from '../../../src/lib/entities/find-mentions.ts';

const index = buildAliasIndex([
  { id: 'iran', name: 'Iran', aliases: [] },
  { id: 'bashar', name: 'Bashar al-Assad', aliases: ['Assad', 'al-Assad'] },
  { id: 'maher', name: 'Maher al-Assad', aliases: [] },
  { id: 'hezbollah', name: 'Hezbollah', aliases: ['Hizbullah'] },
  { id: 'kataib', name: 'Kataib Hezbollah', aliases: [] },
  { id: 'us', name: 'United States', aliases: ['US', 'U.S.'] },
  { id: 'khmeimim', name: 'Khmeimim air base', aliases: ['Khmeimim', 'Hmeimim'] },
]);

const ids = (text: string) => findMentions(text, index).map((m) => m.entityId);

describe('findMentions', () => {
  it('finds a name and its aliases', () => {
    expect(ids('Hezbollah and Hizbullah')).toEqual(['hezbollah', 'hezbollah']);
    expect(ids('the Russian Hmeimim base and “Khmeimim”')).toEqual(['khmeimim', 'khmeimim']);
  });
  it('matches whole words only', () => {
    expect(ids('Iranian militias')).toEqual([]);
    expect(ids('the Iran-backed party')).toEqual(['iran']);
    expect(ids('Assadist')).toEqual([]);
  });
  it('prefers the longest spelling', () => {
    expect(ids('Maher al-Assad met Assad')).toEqual(['maher', 'bashar']);
    expect(ids('Kataib Hezbollah and Hezbollah')).toEqual(['kataib', 'hezbollah']);
  });
  it('ignores case except for acronyms', () => {
    expect(ids('HEZBOLLAH, hezbollah')).toEqual(['hezbollah', 'hezbollah']);
    expect(ids('let us go to the US and the U.S. administration')).toEqual(['us', 'us']);
  });
  it('matches possessives with either apostrophe and reports offsets without them', () => {
    const [straight, curly] = findMentions("Iran's plans and Hezbollah’s", index);
    expect(straight).toMatchObject({ entityId: 'iran', start: 0, end: 4, text: 'Iran' });
    expect(curly).toMatchObject({ entityId: 'hezbollah', text: 'Hezbollah' });
  });
});

describe('buildAliasIndex', () => {
  it('reports a spelling claimed by two entities', () => {
    const { collisions } = buildAliasIndex([
      { id: 'a', name: 'Qusayr', aliases: ['Qusair'] },
      { id: 'b', name: 'Qusair town', aliases: ['qusair'] },
    ]);
    expect(collisions).toEqual([{ text: 'qusair', entityIds: ['a', 'b'] }]);
  });
});

describe('findMentions at word boundaries', () => {
  it('does not match inside other words, letters or digits on either side', () => {
    expect(ids('Irani Iranians Hezbollahs preIran Iran2 2Iran')).toEqual([]);
    expect(ids('HezbollahIran')).toEqual([]);
    // A letter outside the Basic Multilingual Plane (two code units) is a letter too.
    expect(ids('𝐀Iran 𐐀Hezbollah')).toEqual([]);
  });
  it('finds a spelling that starts inside a longer one that is glued to a word', () => {
    // "al-Assad" at 1 is inside "Xal-Assad"; "Assad" at 4, after a hyphen, is a mention.
    expect(findMentions('Xal-Assad', index).map((m) => [m.entityId, m.start])).toEqual([['bashar', 4]]);
    expect(ids('preIran Iran')).toEqual(['iran']);
  });
  it('matches next to punctuation, quotes, brackets and dashes', () => {
    expect(ids('(Iran), “Hezbollah”, Iran–Hezbollah, Iran/Hezbollah.')).toEqual([
      'iran',
      'hezbollah',
      'iran',
      'hezbollah',
      'iran',
      'hezbollah',
    ]);
  });
  it('leaves a possessive outside the mention, straight or curly', () => {
    expect(findMentions('Iran’s plans', index).map((m) => m.text)).toEqual(['Iran']);
    expect(findMentions("Hezbollah's, Hezbollah’s", index).map((m) => m.end - m.start)).toEqual([9, 9]);
  });
  it('matches any case of a name, but an acronym only in capitals', () => {
    expect(ids('iran IRAN Iran')).toEqual(['iran', 'iran', 'iran']);
    expect(ids('Us, us and US')).toEqual(['us']);
  });
  it('keeps offsets into the original text', () => {
    const text = 'Smoke over al-Qusayr. Khmeimim’s runway.';
    const local = buildAliasIndex([
      { id: 'qusayr', name: 'Qusayr', aliases: ['al-Qusayr'] },
      { id: 'khmeimim', name: 'Khmeimim', aliases: [] },
    ]);
    for (const m of findMentions(text, local)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(findMentions(text, local).map((m) => m.text)).toEqual(['al-Qusayr', 'Khmeimim']);
  });
  it('finds nothing with an empty index', () => {
    expect(findMentions('Iran', buildAliasIndex([]))).toEqual([]);
  });
});
