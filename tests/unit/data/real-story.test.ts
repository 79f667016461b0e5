/**
 * The real story: content/ loaded through the real collections (load-real-content.ts), served
 * by a stand-in `astro:content`, and put together by the real `loadStory()`. Its cross-checks
 * (references, quotes found word for word, totals that add up) pass on the real content, and
 * every open data file built from it matches its documented shape.
 */
import type { APIContext } from 'astro';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { loadAllCollections, type LoadedCollection } from '../content/load-real-content.ts';

let loaded = new Map<string, LoadedCollection>();

vi.mock('astro:content', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  getCollection: async (name: string) => [...(loaded.get(name)?.entries ?? [])],
}));

const SITE = new URL('https://tracker.example/');
const count = (name: string) => loaded.get(name)?.entries.length ?? 0;

let storyModule: typeof import('../../../src/data/story.ts');
let story: Awaited<ReturnType<typeof storyModule.loadStory>>;

beforeAll(async () => {
  loaded = await loadAllCollections();
  storyModule = await import('../../../src/data/story.ts');
  story = await storyModule.loadStory();
});

test('every article, publisher and entity is in the story, articles newest first', () => {
  expect(story.articles).toHaveLength(count('articles'));
  expect(story.publishers.size).toBe(count('publishers'));
  expect(story.entities.size).toBe(count('entities'));
  expect(story.articles.length).toBeGreaterThan(0);
  for (const article of story.articles) {
    expect(storyModule.articleById(story, article.id)).toBe(article);
    expect(storyModule.publisherOf(story, article).id).toBe(article.data.publisher.id);
  }
});

test('every article has its paragraphs, and the entities it mentions grouped by kind', () => {
  let mentioned = 0;
  for (const article of story.articles) {
    expect(story.paragraphs.get(article.id)?.length, article.id).toBeGreaterThan(0);
    const groups = storyModule.entitiesMentionedIn(story, article.id);
    expect(Object.keys(groups).sort()).toEqual(['organisation', 'person', 'place']);
    for (const [kind, entities] of Object.entries(groups)) {
      for (const entity of entities) expect(entity.data.kind).toBe(kind);
      mentioned += entities.length;
    }
  }
  expect(mentioned, 'the articles mention entities').toBeGreaterThan(0);
});

test('every claim and set of figures passes its cross-checks', () => {
  expect(story.claims).toHaveLength(count('claims'));
  expect(story.figures).toHaveLength(count('figures'));
  expect(story.questions.size).toBe(count('questions'));
  for (const claim of story.claims) expect(claim.reports.length, claim.entry.id).toBeGreaterThan(0);
});

describe('open data', async () => {
  const { z } = await import('astro/zod');
  const { OPEN_DATA } = await import('../../../src/lib/open-data/shapes.ts');
  const { documentedFields } = await import('../../../src/lib/open-data/schema-fields.ts');
  const dataFile = await import('../../../src/pages/data/[name].json.ts');
  const schemaFile = await import('../../../src/pages/data/[name].schema.json.ts');
  const names = Object.keys(OPEN_DATA) as (keyof typeof OPEN_DATA)[];
  const built = (name: string) => dataFile.GET({ params: { name }, site: SITE } as unknown as APIContext);

  test.each(names)('/data/%s.json is built from the story and matches its shape, with absolute URLs', async (name) => {
    const response = await built(name);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await response.text();
    expect(() => OPEN_DATA[name].parse(JSON.parse(text))).not.toThrow();
    // Written a record at a time, the file is what serializing it whole gives (json-stream.ts).
    const { buildOpenData } = await import('../../../src/lib/open-data/build-open-data.ts');
    const whole = OPEN_DATA[name].parse(buildOpenData(name, story, (path) => new URL(path, SITE).href));
    expect(text).toBe(JSON.stringify(whole) + '\n');
    const urls = [...text.matchAll(/"(?:url|captureUrl)":\s*"([^"]+)"/g)].map(([, url = '']) => url);
    expect(urls.length, 'the file links to the site').toBeGreaterThan(0);
    for (const url of urls) expect(url.startsWith(SITE.href), url).toBe(true);
  });

  test.each(names)(
    '/data/%s.schema.json is the JSON Schema of that shape, as the /data/ page lists it',
    async (name) => {
      const response = await schemaFile.GET({ params: { name } } as unknown as APIContext);
      expect(response.headers.get('content-type')).toBe('application/schema+json');
      const schema = JSON.parse(await response.text()) as Parameters<typeof documentedFields>[0];
      expect(schema).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(OPEN_DATA[name], { io: 'output' }))));
      // Every top-level key of the file is a field on the /data/ page, with its type.
      const fields = documentedFields(schema);
      const data = JSON.parse(await (await built(name)).text()) as Record<string, unknown>;
      for (const key of Object.keys(data)) expect(fields.find((field) => field.path === key)?.type, key).toMatch(/\S/);
    },
  );
});
