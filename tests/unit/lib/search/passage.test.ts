import { describe, expect, it } from 'vitest';
import { bestPassage, spellingLocations, textDirective, type ResultData } from '../../../../src/lib/search/passage.ts';

const headline = 'Iran denies reducing its forces.';
const p1 = 'Haji said the presence of advisers continues.';
const p2 = 'Lavrentiev denied that the Russian base “Khmeimim” in Syria was used to supply Hezbollah.';
const content = `${headline} ${p1} ${p2}`;
const at = (word: string) => content.split(/\s+/).indexOf(word);

function data(locations: number[]): ResultData {
  const words = (text: string) => text.split(/\s+/).length;
  return {
    url: '/articles/iran-denies/',
    content,
    meta: { title: 'Iran denies reducing its forces' },
    anchors: [
      { id: 'p-haji-said', location: words(headline), text: p1 },
      { id: 'p-lavrentiev-denied', location: words(headline) + words(p1), text: p2 },
    ],
    weighted_locations: locations.map((location) => ({ location, weight: 1 })),
  };
}

describe('bestPassage', () => {
  it('links to the paragraph with the match and highlights the word there, context and all', () => {
    const passage = bestPassage(data([at('“Khmeimim”')]));
    expect(passage.anchorId).toBe('p-lavrentiev-denied');
    expect(passage.href).toBe(
      '/articles/iran-denies/#p-lavrentiev-denied:~:text=the%20Russian%20base%20%E2%80%9C-,Khmeimim,-%E2%80%9D%20in%20Syria%20was',
    );
    // The quotes stay outside the <mark>.
    expect(passage.parts.find((part) => part.mark)?.text).toBe('Khmeimim');
  });
  it('prefers the paragraph with the most matches', () => {
    const passage = bestPassage(data([at('Haji'), at('Lavrentiev'), at('Hezbollah.')]));
    expect(passage.anchorId).toBe('p-lavrentiev-denied');
    expect(passage.parts.filter((part) => part.mark).map((part) => part.text)).toEqual(['Lavrentiev', 'Hezbollah']);
  });
  it('shows the opening paragraph when only the headline (shown as the title) matched', () => {
    const passage = bestPassage(data([at('denies')]));
    expect(passage.anchorId).toBe('p-haji-said');
    expect(passage.href).toBe('/articles/iran-denies/#p-haji-said');
    expect(passage.parts).toEqual([{ text: p1, mark: false }]);
  });
});

describe('spellingLocations', () => {
  it('finds every spelling of an entity the query named, as the article writes it', () => {
    const words = content.split(/\s+/);
    expect(spellingLocations(words, [['Khmeimim air base', 'Khmeimim', 'Hmeimim']])).toEqual([at('“Khmeimim”')]);
    expect(spellingLocations('the Hmeimim base was'.split(' '), [['Hmeimim base', 'Khmeimim']])).toEqual([1, 2]);
  });
});

describe('textDirective', () => {
  it('escapes the characters a text directive reserves', () => {
    expect(textDirective(['Deir', 'ez-Zor,', 'then'], 0, 2, 0, 3)).toBe('text=Deir%20ez%2DZor,-%2C%20then');
  });
});
