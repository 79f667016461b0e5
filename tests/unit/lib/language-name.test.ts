import { expect, test } from 'vitest';
import { languageName } from '../../../src/lib/language-name.ts';

test('names a language from its BCP 47 code, in English', () => {
  expect(languageName('ar')).toBe('Arabic');
  expect(languageName('fa')).toBe('Persian');
  expect(languageName('en')).toBe('English');
});
