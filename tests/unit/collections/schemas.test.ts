/** The article, publisher and entity schemas: what an editor may write, and the words of each refusal. */
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { articleSchema } from '../../../src/collections/article-schema.ts';
import { calendarDateSchema } from '../../../src/collections/calendar-date-schema.ts';
import { entitySchema } from '../../../src/collections/entity-schema.ts';
import { publisherSchema } from '../../../src/collections/publisher-schema.ts';

/** "path: message" for each issue; [] when the input is accepted. */
async function issues(schema: z.ZodType, input: unknown): Promise<string[]> {
  const result = await schema.safeParseAsync(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('articleSchema', () => {
  const schema = articleSchema();
  const good = {
    headline: 'Iran denies reducing its forces in Syria',
    headlineBy: 'publisher',
    publisher: 'enab-baladi',
    published: { date: '2024-11-14', estimate: false },
    capture: { file: '000_0d7aab7bf8952abd.txt' },
  };

  test('accepts a minimal article and resolves the publisher to a reference', async () => {
    const parsed = await schema.parseAsync(good);
    expect(parsed.publisher).toEqual({ id: 'enab-baladi', collection: 'publishers' });
    expect(parsed.published.date).toEqual({ year: 2024, month: 11, day: 14, precision: 'day' });
  });

  test('accepts every optional field', async () => {
    const full = {
      ...good,
      slug: 'iran-denies-reducing-forces',
      publisherNote: 'Attributed from the page chrome.',
      section: 'Features',
      originalUrl: 'https://english.enabbaladi.net/archives/2024/11/x/',
      translatedFrom: { outlet: 'Asharq', language: 'ar' },
      otherEditions: [{ language: 'ar', url: 'https://www.enabbaladi.net/x' }, { language: 'fa' }],
      standfirst: 'The line under the headline.',
      captions: [{ text: 'Lead picture.' }, { text: 'Second.', after: 'Opening words' }],
      translatorNote: 'Translated by The Syrian Observer.',
      capture: { file: '003_x.txt', part: 2 },
    };
    expect(await issues(schema, full)).toEqual([]);
  });

  test('rejects what an editor can get wrong, field by field', async () => {
    expect(
      await issues(schema, {
        ...good,
        slug: 'Not A Slug',
        headline: '   ',
        headlineBy: 'robot',
        originalUrl: 'ftp://example.com/x',
        translatedFrom: { language: 'Arabic' },
        capture: { file: 'capture.pdf', part: 0 },
      }),
    ).toEqual([
      'slug: expected lower-case words joined by hyphens, e.g. "iran-denies-reducing-forces"',
      'headline: expected text, got an empty string',
      'headlineBy: Invalid option: expected one of "publisher"|"editor"',
      'originalUrl: expected a full web address starting with https://',
      'translatedFrom.language: expected a language code such as "ar"',
      'capture.file: expected a capture file name such as "000_0d7aab7bf8952abd.txt"',
      'capture.part: Too small: expected number to be >0',
    ]);
  });

  test('refuses keys it does not know, at any depth', async () => {
    expect(await issues(schema, { ...good, orignalUrl: 'https://x.example/' })).toEqual([
      ': Unrecognized key: "orignalUrl"',
    ]);
    expect(await issues(schema, { ...good, captions: [{ text: 'x', credit: 'AFP' }] })).toEqual([
      'captions.0: Unrecognized key: "credit"',
    ]);
  });
});

describe('publisherSchema', () => {
  const schema = publisherSchema();
  const good = {
    name: 'Enab Baladi',
    homepage: 'https://english.enabbaladi.net/',
    country: 'Syria',
    language: 'en',
    description: 'Syrian news organisation.',
  };

  test('accepts a publisher', async () => {
    expect(await issues(schema, good)).toEqual([]);
  });

  test('wants a web address, a language code and a one-line description', async () => {
    expect(
      await issues(schema, { ...good, homepage: 'enabbaladi.net', language: 'English', description: 'x'.repeat(241) }),
    ).toEqual([
      'homepage: expected a full web address starting with https://',
      'language: expected a language code such as "en"',
      'description: expected one line (at most 240 characters)',
    ]);
  });
});

describe('entitySchema', () => {
  const schema = entitySchema();

  test('accepts a person, an organisation and a place', async () => {
    for (const kind of ['person', 'organisation', 'place']) {
      expect(await issues(schema, { name: 'X', kind, aliases: ['Ex'], description: 'Someone.' })).toEqual([]);
    }
  });

  test('rejects an unknown kind and a one-letter alias', async () => {
    expect(await issues(schema, { name: 'X', kind: 'ship', aliases: ['X'], description: 'A ship.' })).toEqual([
      'kind: Invalid option: expected one of "person"|"organisation"|"place"',
      'aliases.0: expected an alias of at least two characters',
    ]);
  });

  test('names a spelling listed twice, or the name listed again as an alias', async () => {
    const entity = {
      name: 'Khmeimim',
      kind: 'place',
      aliases: ['Hmeimim', 'Khmeimim', 'Hmeimim'],
      description: 'A base.',
    };
    expect(await issues(schema, entity)).toEqual([
      'aliases.1: a spelling not listed yet, but "Khmeimim" is the name already',
      'aliases.2: a spelling not listed yet, but "Hmeimim" is aliases.0 already',
    ]);
  });
});

describe('calendarDateSchema limited to some precisions', () => {
  const dayOnly = calendarDateSchema(['day']);

  test('accepts a date at an allowed precision', async () => {
    expect(await dayOnly.parseAsync('2024-11-14')).toEqual({ year: 2024, month: 11, day: 14, precision: 'day' });
  });

  test('names the precision it wants', async () => {
    expect(await issues(dayOnly, '2024-11')).toEqual([': expected a date at day precision, got "2024-11" (month)']);
  });
});
