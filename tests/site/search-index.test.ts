/**
 * The Pagefind index holds exactly the six articles, and only what a reader would call their
 * text: headline, standfirst, captions and body. Words found only in the site's chrome (header,
 * footer, the facts block, the translator's boilerplate note) find nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-page.ts';
import { DIST_DIR, distFiles, pagePathOf } from '../support/built-site.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const articlePaths = distFiles('index.html')
  .filter((file) => /^articles\/[^/]+\/index\.html$/.test(file))
  .map((file) => pagePathOf(file));

/** Runs searches with Pagefind's own API in the search page, and returns each one's result URLs. */
async function pagefindUrls(queries: (string | null)[]): Promise<string[][]> {
  const page = await browser.newPage();
  await page.goto(new URL('search/', baseUrl).href);
  const bundle = new URL('pagefind/pagefind.js', baseUrl).pathname;
  // A string, not a function: Vitest would rewrite import() in a function's source.
  const script = `(async () => {
    const pagefind = await import(${JSON.stringify(bundle)});
    await pagefind.options({ noWorker: true });
    const urls = [];
    for (const term of ${JSON.stringify(queries)}) {
      const { results } = await pagefind.search(term);
      urls.push((await Promise.all(results.map((r) => r.data()))).map((d) => d.url));
    }
    return urls;
  })()`;
  return page.evaluate(script) as Promise<string[][]>;
}

test('the index is built into dist/pagefind/ and counts six pages', () => {
  const entry = JSON.parse(readFileSync(join(DIST_DIR, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(Object.values(entry.languages).map((l) => l.page_count)).toEqual([6]);
  expect(articlePaths).toHaveLength(6);
});

test('the index covers exactly the six article pages and nothing else', async () => {
  const [all = []] = await pagefindUrls([null]);
  expect(all.toSorted()).toEqual(articlePaths.toSorted());
});

test("words found only in the site's chrome find nothing", async () => {
  // Footer ("reproduced", "word for word", "RSS feed"), skip link, the facts block (publishers'
  // host names), the translator's boilerplate note ("translated"), the editor's-headline badge.
  // (Pagefind also matches stems and word beginnings, so a chrome word whose relatives occur in
  // the text, like "reading" and "readiness", would find those.)
  const chrome = ['reproduced', 'word', 'rss', 'feed', 'skip', 'radiofarda', 'enabbaladi', 'translated', 'editor'];
  const found = await pagefindUrls(chrome);
  expect(Object.fromEntries(chrome.map((word, i) => [word, found[i]]))).toEqual(
    Object.fromEntries(chrome.map((word) => [word, []])),
  );
});

test('headline, standfirst and captions are indexed', async () => {
  // "Statelet" is in a headline, "Nasirzadeh arrived to Damascus" in a standfirst, "undated" in a
  // lead caption only, "presentation" in a caption inside the text only.
  const [headline, standfirst, leadCaption, inlineCaption] = await pagefindUrls([
    'statelet',
    '"Nasirzadeh arrived to Damascus"',
    'undated',
    'presentation',
  ]);
  expect(headline).toEqual([new URL('articles/hezbollah-statelet-in-qusayr-under-israeli-fire/', baseUrl).pathname]);
  expect(standfirst).toEqual([new URL('articles/iranian-visits-to-damascus/', baseUrl).pathname]);
  expect(leadCaption).toEqual([new URL('articles/iran-rejects-russian-demand-to-withdraw-troops/', baseUrl).pathname]);
  expect(inlineCaption).toEqual([
    new URL('articles/iran-rejects-russian-demand-to-withdraw-troops/', baseUrl).pathname,
  ]);
});
