/**
 * The built pages in a real browser: the home page, article pages and their paragraph links,
 * the feed, the sitemap, the 404 page, and the weight budget (no JavaScript, small HTML+CSS).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-page.ts';
import { DIST_DIR, distFiles, onServer, pagePathOf } from '../support/built-site.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/** Article pages, found in dist/ so no slug is written into the tests. */
const articleFiles = distFiles('index.html').filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
const articleUrls = articleFiles.map((file) => new URL(pagePathOf(file), baseUrl).href);
/** Every page the sitemap should list: all built HTML but the 404 page. */
const pagePaths = distFiles('.html')
  .filter((file) => file !== '404.html')
  .map((file) => pagePathOf(file));

const ARTICLE_COUNT = 6;
/** Budget for one article page, HTML plus stylesheets, each gzipped as a server would send it. */
const ARTICLE_GZIP_BUDGET_BYTES = 15 * 1024;

async function fetchText(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, text: await response.text() };
}

/** Parses XML in the browser, which reports malformed XML as a <parsererror> document. */
async function parseXml(
  page: Page,
  xml: string,
  selector: string,
): Promise<{ error: string | null; values: string[] }> {
  return page.evaluate(
    ([text, query]) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror');
      return {
        error: error ? error.textContent : null,
        values: [...doc.querySelectorAll(query)].map((node) => node.textContent.trim()),
      };
    },
    [xml, selector] as const,
  );
}

function pathOf(url: string): string {
  return new URL(url).pathname;
}

test(`dist/ holds ${ARTICLE_COUNT} article pages`, () => {
  expect(articleFiles).toHaveLength(ARTICLE_COUNT);
});

test(`the home page lists ${ARTICLE_COUNT} articles, each linking to its page`, async () => {
  const page = await browser.newPage();
  await page.goto(baseUrl);
  const items = page.locator('main ol.article-list > li');
  await expect.poll(() => items.count()).toBe(ARTICLE_COUNT);
  const hrefs = await items.evaluateAll((lis) =>
    lis.map((li) => li.querySelector(':is(h2, h3) a[href^="/articles/"]')?.getAttribute('href') ?? null),
  );
  expect(hrefs, 'every item has a headline link[href^="/articles/"]').not.toContain(null);
  expect(hrefs.map((href) => pathOf(new URL(href ?? '', baseUrl).href)).sort()).toEqual(articleUrls.map(pathOf).sort());
});

describe.each(articleUrls.map((url) => [pathOf(url), url]))('article page %s', (_path, url) => {
  test('renders a headline, a machine-readable date and body paragraphs, each with a unique id', async () => {
    const page = await browser.newPage();
    const response = await page.goto(url);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.locator('h1').count()).toBe(1);
    expect((await page.locator('h1').innerText()).trim()).not.toBe('');
    const datetimes = await page
      .locator('time[datetime]')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(datetimes.length).toBeGreaterThan(0);
    for (const datetime of datetimes) expect(datetime).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?/);
    const paragraphs = await page
      .locator('.article-body p')
      .evaluateAll((ps) => ps.map((p) => ({ id: p.id, text: p.textContent.trim() })));
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(
      paragraphs.filter((p) => !p.id),
      'paragraphs without an id',
    ).toEqual([]);
    expect(new Set(paragraphs.map((p) => p.id)).size, 'paragraph ids are unique').toBe(paragraphs.length);
    expect(
      paragraphs.filter((p) => !p.text),
      'empty paragraphs',
    ).toEqual([]);
  });
});

test('a paragraph link /articles/<slug>/#<paragraph-id> scrolls that paragraph into view', async () => {
  const page = await browser.newPage({ viewport: { width: 1024, height: 600 } });
  // The last paragraph of the longest article: the one most surely below the fold.
  let target = { url: '', id: '', top: -1 };
  for (const url of articleUrls) {
    await page.goto(url);
    const last = await page
      .locator('.article-body p[id]')
      .last()
      .evaluate((p) => ({ id: p.id, top: p.getBoundingClientRect().top + window.scrollY }));
    if (last.top > target.top) target = { url, ...last };
  }
  expect(target.id, 'an article paragraph with an id').not.toBe('');

  await page.goto(`${target.url}#${target.id}`);
  const seen = await page.evaluate((id) => {
    const p = document.getElementById(id);
    if (!p) return null;
    const box = p.getBoundingClientRect();
    return {
      top: box.top,
      bottom: box.bottom,
      viewport: window.innerHeight,
      scrollY: window.scrollY,
      targeted: p.matches(':target'),
    };
  }, target.id);
  expect(seen, `#${target.id} exists`).not.toBeNull();
  expect(seen?.targeted).toBe(true);
  expect(seen?.top).toBeGreaterThanOrEqual(-1);
  expect(seen?.top).toBeLessThan(seen?.viewport ?? 0);
  if (target.top > 600) expect(seen?.scrollY, 'the page scrolled').toBeGreaterThan(0);
});

test(`/rss.xml is served, is well-formed XML and has ${ARTICLE_COUNT} items linking to article pages`, async () => {
  const { status, text } = await fetchText(new URL('rss.xml', baseUrl).href);
  expect(status).toBe(200);
  const page = await browser.newPage();
  const items = await parseXml(page, text, 'rss > channel > item > link');
  expect(items.error).toBeNull();
  expect(items.values).toHaveLength(ARTICLE_COUNT);
  expect(items.values.map(pathOf).sort()).toEqual(articleUrls.map(pathOf).sort());
});

test('/sitemap-index.xml is served and its sitemaps list every page', async () => {
  const page = await browser.newPage();
  const index = await fetchText(new URL('sitemap-index.xml', baseUrl).href);
  expect(index.status).toBe(200);
  const sitemaps = await parseXml(page, index.text, 'sitemapindex > sitemap > loc');
  expect(sitemaps.error).toBeNull();
  expect(sitemaps.values.length).toBeGreaterThan(0);
  const listed: string[] = [];
  for (const loc of sitemaps.values) {
    const sitemap = await fetchText(onServer(loc, baseUrl));
    expect(sitemap.status, loc).toBe(200);
    const pages = await parseXml(page, sitemap.text, 'urlset > url > loc');
    expect(pages.error, loc).toBeNull();
    listed.push(...pages.values.map(pathOf));
  }
  expect(listed.sort()).toEqual([...pagePaths].sort());
});

test('an unknown URL gets the 404 page with status 404', async () => {
  const page = await browser.newPage();
  const response = await page.goto(new URL('no-such-page-for-tests/', baseUrl).href);
  expect(response?.status()).toBe(404);
  const builtTitle = /<title>([^<]*)<\/title>/.exec(readFileSync(join(DIST_DIR, '404.html'), 'utf8'))?.[1];
  expect(builtTitle, 'dist/404.html has a <title>').toBeTruthy();
  expect(await page.evaluate(() => document.querySelector('title')?.innerHTML)).toBe(builtTitle);
});

describe.each([baseUrl, ...articleUrls].map((url) => [pathOf(url), url]))('page %s', (_path, url) => {
  test('ships no JavaScript (JSON-LD data only) and loads no script', async () => {
    const page = await browser.newPage();
    const scriptRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(request.url())) scriptRequests.push(request.url());
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    const scripts = await page
      .locator('script:not([type="application/ld+json"])')
      .evaluateAll((nodes) => nodes.map((node) => node.outerHTML.slice(0, 120)));
    expect(scripts, '<script> elements other than JSON-LD').toEqual([]);
    expect(scriptRequests, 'script requests').toEqual([]);
  });
});

describe.each(articleUrls.map((url) => [pathOf(url), url]))('article page %s', (path, url) => {
  test(`weighs at most ${ARTICLE_GZIP_BUDGET_BYTES / 1024} KB gzipped, HTML plus stylesheets`, async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const stylesheets = await page
      .locator('link[rel~="stylesheet"]')
      .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    const parts = [url, ...stylesheets];
    const sizes: number[] = [];
    for (const part of parts) {
      const { status, text } = await fetchText(part);
      expect(status, part).toBe(200);
      sizes.push(gzipSync(text).length);
    }
    const total = sizes.reduce((sum, size) => sum + size, 0);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(
      `${path}: ${kb(total)} gzipped = HTML ${kb(sizes[0] ?? 0)}` +
        (stylesheets.length
          ? ` + ${stylesheets.length} stylesheet(s) ${kb(total - (sizes[0] ?? 0))}`
          : ' (no stylesheets)'),
    );
    expect(total).toBeLessThanOrEqual(ARTICLE_GZIP_BUDGET_BYTES);
  });
});
