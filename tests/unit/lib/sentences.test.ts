import { describe, expect, it } from 'vitest';
import { sentenceAt, sentencesOf } from '../../../src/lib/text/sentences.ts';

const texts = (paragraph: string) => sentencesOf(paragraph).map((s) => s.text);

describe('sentencesOf', () => {
  it('splits at sentence ends', () => {
    expect(texts('Qusayr is near the border. Israeli strikes destroyed bridges.')).toEqual([
      'Qusayr is near the border.',
      'Israeli strikes destroyed bridges.',
    ]);
  });
  it('does not split after a title or "U.S."', () => {
    expect(texts('Expert Brig. Gen Saeed Al-Qazah spoke. The U.S. administration decides.')).toEqual([
      'Expert Brig. Gen Saeed Al-Qazah spoke.',
      'The U.S. administration decides.',
    ]);
  });
  it('keeps a quotation whole', () => {
    expect(texts('“Spies are rampant (...) It only takes one infiltrator,” said Qorbani. Next.')).toEqual([
      '“Spies are rampant (...) It only takes one infiltrator,” said Qorbani.',
      'Next.',
    ]);
  });
  it('finds the sentence around an offset', () => {
    const paragraph = 'First one. Second one here.';
    expect(sentenceAt(paragraph, paragraph.indexOf('here'))).toEqual({ text: 'Second one here.', start: 11 });
    expect(sentenceAt(paragraph, 0).text).toBe('First one.');
  });
});
