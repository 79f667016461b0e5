import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPrintedQuote } from '../../../../src/lib/text/find-printed-quote.ts';
import { normalizeForComparison } from '../../../../src/lib/text/normalize.ts';

describe('findPrintedQuote', () => {
  const printed = 'Haji said, “The presence of our military advisors in Syria continues” — and Tehran…  waits.';

  it('finds a quote typed with straight quotes in text printed with curly ones, and returns the printed words', () => {
    const match = findPrintedQuote(printed, '"The presence of our military advisors in Syria continues"');
    expect(match?.text).toBe('“The presence of our military advisors in Syria continues”');
    expect(printed.slice(match!.start, match!.end)).toBe(match!.text);
  });

  it('treats dashes, ellipses and runs of white space as typography', () => {
    expect(findPrintedQuote(printed, 'continues" -- and Tehran... waits.')?.text).toBe(
      'continues” — and Tehran…  waits.',
    );
  });

  it('returns the printed words exactly where only some steps change the text (the others are skipped)', () => {
    // No curly quotes, no ellipsis: those steps change nothing; the dash and the spaces do.
    const plain = 'Tehran  denies it -- again.\nThe  advisers stay in\tSyria, it says.';
    for (const [quote, words] of [
      ['denies it - again. The advisers', 'denies it -- again.\nThe  advisers'],
      ['stay in Syria', 'stay in\tSyria'],
      ['Tehran denies', 'Tehran  denies'],
      ['it says.', 'it says.'],
    ]) {
      const match = findPrintedQuote(plain, quote!);
      expect(match?.text).toBe(words);
      expect(plain.slice(match!.start, match!.end)).toBe(words);
    }
  });

  it('does not forgive a changed word', () => {
    expect(findPrintedQuote(printed, 'The presence of our military advisers in Syria')).toBeUndefined();
    expect(findPrintedQuote(printed, '')).toBeUndefined();
  });
});

describe('normalizeForComparison', () => {
  const articles = new URL('../../../../content/articles/', import.meta.url);
  const bodies = readdirSync(articles).map((name) => readFileSync(new URL(name, articles), 'utf8'));

  it('is unchanged by the refactoring into steps (same output as the original chain) on every article', () => {
    const original = (text: string) =>
      text
        .normalize('NFC')
        .replace(/[‘’‚‛′]/g, "'")
        .replace(/[“”„‟″]/g, '"')
        .replace(/…/g, '...')
        .replace(/\s*(?:--|[–—])\s*/g, ' - ')
        .replace(/\s+/g, ' ')
        .trim();
    for (const body of bodies) expect(normalizeForComparison(body)).toBe(original(body));
  });

  it('lets findPrintedQuote find every sentence of every article in itself', () => {
    for (const body of bodies) {
      for (const sentence of body.split(/(?<=[.!?])\s+/).slice(0, 40)) {
        if (sentence.trim())
          expect(findPrintedQuote(body, sentence.replace(/[’]/g, "'"))?.text.trim()).toBe(sentence.trim());
      }
    }
  });
});
