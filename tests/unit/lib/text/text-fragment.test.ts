import { describe, expect, it } from 'vitest';
import { textFragmentDirective } from '../../../../src/lib/text/text-fragment.ts';

describe('textFragmentDirective', () => {
  it('puts a short quote whole into the directive, percent-encoded, hyphens included', () => {
    expect(textFragmentDirective('In 2016, Shiite Hezbollah staged a parade', '')).toBe(
      ':~:text=In%202016%2C%20Shiite%20Hezbollah%20staged%20a%20parade',
    );
    expect(textFragmentDirective('the Iran-backed party', '')).toBe(':~:text=the%20Iran%2Dbacked%20party');
  });

  it('gives a long quote by its first and last words', () => {
    const quote = 'one two three four five six seven eight nine ten eleven twelve';
    expect(textFragmentDirective(quote, quote)).toBe(
      ':~:text=one%20two%20three%20four%20five,nine%20ten%20eleven%20twelve',
    );
  });

  it('lengthens the start until it is unique on the page, so the highlight cannot start early', () => {
    const quote = 'Iran said that it would not leave Syria whatever Russia asked of it';
    const page = `Iran said that it would stay. ${quote}`;
    expect(textFragmentDirective(quote, page)).toBe(
      ':~:text=Iran%20said%20that%20it%20would%20not,Russia%20asked%20of%20it',
    );
  });
});
