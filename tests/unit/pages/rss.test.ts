/**
 * The feed endpoint (src/pages/rss.xml.ts) on a small story: RSS dates must be exact, so an
 * estimated date stays out of <pubDate> and is stated in words instead. `astro:content` is a
 * stand-in serving the entries below; the built feed is checked in tests/site/pages.test.ts.
 */
import type { APIContext } from 'astro';
import { beforeAll, expect, test, vi } from 'vitest';
import type { CalendarDate } from '../../../src/lib/dates/calendar-date.ts';
import { renderedParagraphs } from '../content/rendered-paragraphs.ts';

const day = (year: number, month: number, dayOfMonth: number): CalendarDate => ({
  year,
  month,
  day: dayOfMonth,
  precision: 'day',
});

const entries: Record<string, unknown[]> = {
  publishers: [
    {
      id: 'q-and-a',
      filePath: 'content/publishers/q-and-a.yaml',
      data: { name: 'Q & A News', homepage: 'https://qa.example/', country: 'X', language: 'en', description: 'd' },
    },
  ],
  articles: [
    {
      id: 'printed-date',
      filePath: 'content/articles/printed-date.md',
      body: 'Body.',
      rendered: { ...renderedParagraphs('Printed body.'), html: '<p>Printed <em>body</em>.</p>' },
      data: {
        headline: 'A dated article',
        publisher: { id: 'q-and-a', collection: 'publishers' },
        standfirst: 'The standfirst.',
        published: { date: day(2024, 11, 14), estimate: false },
      },
    },
    {
      id: 'estimated-date',
      filePath: 'content/articles/estimated-date.md',
      body: 'Body.',
      rendered: { ...renderedParagraphs('Estimated body.'), html: '<p>Estimated body.</p>' },
      data: {
        headline: 'An undated article',
        publisher: { id: 'q-and-a', collection: 'publishers' },
        published: {
          date: { year: 2024, month: 4, precision: 'month' },
          estimate: true,
          basis: 'Inferred from the events it reports.',
        },
      },
    },
  ],
};

vi.mock('astro:content', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  getCollection: async (name: string) => [...(entries[name] ?? [])],
}));

let xml = '';
let contentType: string | null = null;
beforeAll(async () => {
  const { GET } = await import('../../../src/pages/rss.xml.ts');
  const response = await GET({ site: new URL('https://tracker.example/') } as APIContext);
  xml = await response.text();
  contentType = response.headers.get('content-type');
});

/** The text of each <tag> inside each <item>. */
function items(tag: string): (string | undefined)[] {
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(
    ([, item = '']) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(item)?.[1],
  );
}

test('is RSS 2.0 XML about the tracker, linking to the site', () => {
  expect(contentType).toMatch(/xml/);
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/);
  expect(xml).toContain('<link>https://tracker.example/</link>');
});

test('lists the articles newest first, each linking to its page', () => {
  expect(items('title')).toEqual(['A dated article', 'An undated article']);
  expect(items('link')).toEqual([
    'https://tracker.example/articles/printed-date/',
    'https://tracker.example/articles/estimated-date/',
  ]);
});

test('an exact date is the pubDate; an estimated one is left out and said in words', () => {
  expect(items('pubDate')).toEqual(['Thu, 14 Nov 2024 00:00:00 GMT', undefined]);
  expect(items('description')).toEqual(['The standfirst.', 'Q &amp; A News, about April 2024 (estimated date)']);
});

/** XML text as the feed reader gets it (the feed escapes the HTML of content:encoded). */
const unescapeXml = (text = '') =>
  text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!,
  );

test('the full text follows a line naming the publisher and the date, HTML-escaped', () => {
  const [printed, estimated] = items('content:encoded').map(unescapeXml);
  expect(printed).toContain('<p><em>Q &amp; A News, 14 November 2024</em></p><p>Printed <em>body</em>.</p>');
  expect(estimated).toContain(
    '<p><em>Q &amp; A News, about April 2024 (estimated date)</em></p><p>Estimated body.</p>',
  );
});
