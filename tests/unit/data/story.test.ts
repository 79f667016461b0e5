/**
 * `loadStory()`: the collections loaded once, cross-checked, and ordered. `astro:content` is
 * replaced by a stand-in whose `getCollection` serves the entries a test sets (an empty list
 * for any collection a test does not mention), so each test builds the story it needs.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { ContentError } from '../../../src/collections/content-error.ts';
import type { CalendarDate } from '../../../src/lib/dates/calendar-date.ts';
import { renderedParagraphs } from '../content/rendered-paragraphs.ts';

let entries: Record<string, unknown[]> = {};
const getCollection = vi.fn(async (name: string) => [...(entries[name] ?? [])]);

vi.mock('astro:content', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  getCollection,
}));

/** A fresh copy of story.ts, so its once-only cache starts empty (and of the error class it throws). */
async function storyModule() {
  vi.resetModules();
  const { ContentError } = await import('../../../src/collections/content-error.ts');
  return { ...(await import('../../../src/data/story.ts')), ContentError };
}

const day = (iso: string): CalendarDate => {
  const [year, month, dayOfMonth] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: dayOfMonth, precision: 'day' };
};

function article(id: string, date: string, publisher = 'enab-baladi') {
  return {
    id,
    collection: 'articles',
    filePath: `content/articles/${id}.md`,
    body: `Text of ${id}.`,
    rendered: renderedParagraphs(`Text of ${id}.`),
    data: {
      headline: id,
      headlineBy: 'publisher',
      publisher: { id: publisher, collection: 'publishers' },
      published: { date: day(date), estimate: false },
      capture: { file: `${id}.txt` },
    },
  };
}

function publisher(id: string) {
  return {
    id,
    collection: 'publishers',
    filePath: `content/publishers/${id}.yaml`,
    data: {
      name: id,
      homepage: `https://${id}.example/`,
      country: 'Syria',
      language: 'en',
      description: 'A publisher.',
    },
  };
}

function entity(id: string, name: string, aliases: string[] = []) {
  return {
    id,
    collection: 'entities',
    filePath: `content/entities/${id}.yaml`,
    data: { name, kind: 'organisation', aliases, description: 'An entity.' },
  };
}

beforeEach(() => {
  getCollection.mockClear();
  entries = {
    publishers: [publisher('enab-baladi'), publisher('radio-farda')],
    entities: [entity('hezbollah', 'Hezbollah', ['Hizbullah']), entity('irgc', 'IRGC', ['Revolutionary Guard'])],
    articles: [
      article('older', '2018-05-21', 'radio-farda'),
      article('newest', '2024-11-18'),
      article('b-same-day', '2024-11-14'),
      article('a-same-day', '2024-11-14'),
    ],
  };
});

test('orders articles newest first, then by id, and indexes publishers and entities by id', async () => {
  const { loadStory, publisherOf } = await storyModule();
  const story = await loadStory();
  expect(story.articles.map((a) => a.id)).toEqual(['newest', 'a-same-day', 'b-same-day', 'older']);
  expect([...story.publishers.keys()]).toEqual(['enab-baladi', 'radio-farda']);
  expect([...story.entities.keys()]).toEqual(['hezbollah', 'irgc']);
  expect(publisherOf(story, story.articles.at(-1)!).id).toBe('radio-farda');
});

test('indexes every spelling of every entity', async () => {
  const { loadStory } = await storyModule();
  const { aliasIndex } = await loadStory();
  expect(aliasIndex.collisions).toEqual([]);
  const spelledAs = (text: string) =>
    [...aliasIndex.spellings.values()].find((spelling) => spelling.text === text)?.entityId;
  expect(spelledAs('Hizbullah')).toBe('hezbollah');
  expect(spelledAs('Revolutionary Guard')).toBe('irgc');
});

test('loads the collections once, however many pages ask', async () => {
  const { loadStory } = await storyModule();
  const [first, second] = await Promise.all([loadStory(), loadStory()]);
  expect(second).toBe(first);
  expect(await loadStory()).toBe(first);
  expect(getCollection.mock.calls.filter(([name]) => name === 'articles')).toHaveLength(1);
});

describe('stops the build', () => {
  test('when an article names a publisher that has no file', async () => {
    entries['articles'] = [article('orphan', '2024-11-14', 'no-such-publisher')];
    const { loadStory, ContentError } = await storyModule();
    const error = await loadStory().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ContentError);
    expect(error).toMatchObject({
      file: 'content/articles/orphan.md',
      problems: [
        {
          field: 'publisher',
          expected: 'one of the publishers in content/publishers/ (enab-baladi, radio-farda), got "no-such-publisher"',
        },
      ],
    });
  });

  test('when two entities claim one spelling, naming both files', async () => {
    entries['entities'] = [
      entity('hezbollah', 'Hezbollah', ['Party of God']),
      entity('hizb', 'Hizb', ['party of god']),
    ];
    const { loadStory, ContentError } = await storyModule();
    const error = await loadStory().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ContentError);
    const { file, problems } = error as ContentError;
    expect(file).toBe('content/entities/hizb.yaml');
    expect(problems).toEqual([
      {
        field: 'aliases.0',
        expected: expect.stringMatching(
          /^spellings that belong to this entity only, but "party of god" is also a spelling of content\/entities\/hezbollah\.yaml$/i,
        ),
      },
    ]);
  });

  test.each([
    ['listed first', ['khmeimim', 'latakia']],
    ['listed second', ['latakia', 'khmeimim']],
  ])("when an alias is another entity's name, naming the alias's file and field (%s)", async (_, order) => {
    const all = {
      khmeimim: entity('khmeimim', 'Khmeimim air base', ['Khmeimim', 'latakia']),
      latakia: entity('latakia', 'Latakia'),
    };
    entries['entities'] = order.map((id) => all[id as keyof typeof all]);
    const { loadStory, ContentError } = await storyModule();
    const error = await loadStory().catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ContentError);
    expect(error).toMatchObject({
      file: 'content/entities/khmeimim.yaml',
      problems: [
        {
          field: 'aliases.1',
          expected:
            'spellings that belong to this entity only, but "latakia" is also the name of content/entities/latakia.yaml',
        },
      ],
    });
  });
});
