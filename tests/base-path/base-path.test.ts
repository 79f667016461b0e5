/**
 * The site under a base path, as a newsroom serving it from https://host/tracker/ gets it:
 * built with BASE_PATH=/tracker/ into a temporary folder, served by `astro preview` with the
 * same setting (behind a proxy that applies the build's _headers), then crawled for broken links
 * and checked where a missed base path shows first: the feed, the sitemap, an article page with
 * its capture, search, and the paths of _headers.
 *
 * The build also writes its search index in parts of two articles (SEARCH_INDEX_PART_PAGES=2),
 * as a story of thousands of articles gets it (src/lib/search/index-parts.ts), so that search
 * over parts is tested here too: every article found, and sorted by date across the parts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, expect, test, type TestContext } from 'vitest';
import { useBrowser } from '../support/browser-page.ts';
import { PROJECT_DIR, sitemapLocs } from '../support/built-site.ts';
import { astroBuild } from '../support/fixture-site.ts';
import { headersFor, HOSTS, parseHeadersFile } from '../support/headers-file.ts';
import { startHeadersProxy, type HeadersProxy } from '../support/headers-proxy.ts';
import { checkLinks } from '../support/link-check.ts';
import { startPreview, type PreviewServer } from '../support/preview-server.ts';
import { openSearch, shownResults, waitForResults } from '../support/search-page.ts';
import { SEARCH_UI, searchUrl } from '../support/search-ui.ts';

const BASE_PATH = '/tracker/';
/** Two articles a part: the six articles' index in three parts. */
const INDEX_PART_PAGES = 2;

const browser = useBrowser();
let outDir = '';
let server: PreviewServer | undefined;
let proxy: HeadersProxy | undefined;

async function build(): Promise<void> {
  const { code, output } = await astroBuild(PROJECT_DIR, ['--outDir', outDir], {
    BASE_PATH,
    SEARCH_INDEX_PART_PAGES: String(INDEX_PART_PAGES),
  });
  if (code !== 0) throw new Error(`astro build with BASE_PATH=${BASE_PATH} failed (${code}):\n${output}`);
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'site-under-base-path-'));
  await build();
  server = await startPreview({ outDir, basePath: BASE_PATH });
  proxy = await startHeadersProxy(server.baseUrl, outDir);
});

afterAll(async () => {
  await proxy?.stop();
  await server?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function baseUrl(): string {
  if (!proxy) throw new Error('the site under the base path is not being served');
  return proxy.baseUrl;
}

/** Every page the build wrote (but the 404 page), as a path under the base. */
function builtPagePaths(): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith('.html') && file !== '404.html')
    .map((file) => BASE_PATH + file.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url, { redirect: 'manual' });
  expect(response.status, url).toBe(200);
  return response;
}

const pathOf = (url: string) => new URL(url).pathname;
const underBase = (url: string) => pathOf(url).startsWith(BASE_PATH);

test(`the crawl from ${BASE_PATH} finds no broken link and reaches every page`, async () => {
  const { checked, broken, reached } = await checkLinks(baseUrl());
  console.log(`linkinator checked ${checked} links under ${BASE_PATH}`);
  expect(broken, `broken links under ${BASE_PATH}:\n${broken.join('\n')}`).toEqual([]);
  const unreached = builtPagePaths().filter((path) => !reached.has(path));
  expect(unreached, 'pages no link leads to').toEqual([]);
});

test('the feed links to every article under the base path', async () => {
  const xml = await (await fetchOk(new URL('rss.xml', baseUrl()).href)).text();
  const channelLink = /<channel>[\s\S]*?<link>([^<]+)<\/link>/.exec(xml)?.[1] ?? '';
  expect(pathOf(channelLink)).toBe(BASE_PATH);
  const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map(([, link = '']) => link);
  const articlePages = builtPagePaths().filter((path) => path.startsWith(`${BASE_PATH}articles/`));
  expect(links.map(pathOf).sort()).toEqual(articlePages);
});

test('the sitemap lists every page, under the base path', async () => {
  const index = await (await fetchOk(new URL('sitemap-index.xml', baseUrl()).href)).text();
  const sitemaps = sitemapLocs(index);
  expect(sitemaps.length).toBeGreaterThan(0);
  const pages: string[] = [];
  for (const sitemap of sitemaps) {
    expect(pathOf(sitemap), 'a sitemap under the base path').toMatch(new RegExp(`^${BASE_PATH}`));
    pages.push(...sitemapLocs(await (await fetchOk(new URL(pathOf(sitemap), baseUrl()).href)).text()));
  }
  expect(pages.map(pathOf).sort()).toEqual(builtPagePaths());
});

test('an article page loads everything from under the base path, and its capture is served', async () => {
  const article = builtPagePaths().find((path) => path.startsWith(`${BASE_PATH}articles/`));
  expect(article, 'an article page').toBeDefined();
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const response = await page.goto(new URL(article!, baseUrl()).href, { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(200);
  // Stylesheets, scripts, the favicon: all from under the base path.
  expect(
    requested.filter((url) => !underBase(url)),
    'requests outside the base path',
  ).toEqual([]);
  expect(await page.locator('.article-body p[id]').count(), 'paragraphs with ids').toBeGreaterThan(0);

  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const internal = hrefs.filter((href) => new URL(href).origin === new URL(baseUrl()).origin);
  expect(
    internal.filter((href) => !underBase(href)),
    'links that miss the base path',
  ).toEqual([]);
  const capture = internal.find((href) => pathOf(href).startsWith(`${BASE_PATH}captures/`));
  expect(capture, 'a link to the capture').toBeDefined();
  const captured = await fetchOk(capture!);
  expect(captured.headers.get('content-type')).toMatch(/^text\/plain/);
  expect((await captured.text()).length).toBeGreaterThan(0);
});

test(`search works under the base path (/search/?q=${SEARCH_UI.query})`, async (context: TestContext) => {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const response = await page.goto(searchUrl(baseUrl()));
  expect(response?.status()).toBe(200);
  if ((await page.locator(SEARCH_UI.results).count()) === 0) {
    const reason = `/search/ has no search UI yet (no ${SEARCH_UI.results} element): nothing to search`;
    console.log(`skipped: ${reason}`);
    context.skip(reason);
  }
  await page.locator(SEARCH_UI.result).first().waitFor();
  await page.waitForLoadState('networkidle');
  expect(
    requested.filter((url) => !underBase(url)),
    'requests outside the base path',
  ).toEqual([]);

  const links = await page
    .locator(SEARCH_UI.resultLink)
    .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  expect(links.length, 'search results').toBeGreaterThan(0);
  expect(
    links.filter((href) => !pathOf(href).startsWith(`${BASE_PATH}articles/`)),
    'results outside the base path',
  ).toEqual([]);

  // The first result opens its article at the paragraph it found (an id, perhaps with a
  // :~:text= directive after it, which the browser strips from location.hash).
  const first = new URL(links[0]!);
  const opened = await page.goto(first.href);
  expect(opened?.status()).toBe(200);
  const id = decodeURIComponent(first.hash.slice(1).split(':~:')[0] ?? '');
  if (id) expect(await page.locator(`[id="${id}"]`).count(), `#${id} on ${first.pathname}`).toBe(1);
});

test('search over an index in parts finds every article, and sorts them by date across the parts', async () => {
  const articles = readdirSync(join(outDir, 'articles'));
  const parts = readdirSync(join(outDir, 'pagefind')).filter((name) => /^part-\d+$/.test(name));
  expect(parts.sort(), 'the index in parts of two articles').toEqual(
    Array.from({ length: Math.ceil(articles.length / INDEX_PART_PAGES) - 1 }, (_, at) => `part-${at + 2}`),
  );
  // Each article's sort date as its page records it for Pagefind.
  const dates = new Map(
    articles.map((slug) => {
      const html = readFileSync(join(outDir, 'articles', slug, 'index.html'), 'utf8');
      return [slug, /data-sort="([^"]+)"/.exec(html)?.[1] ?? ''];
    }),
  );
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(pathOf(request.url())));
  // "Iran" is in every article: the results come from every part.
  await openSearch(page, new URL(`${SEARCH_UI.path}?q=iran`, baseUrl()).href);
  await waitForResults(page, 'iran');
  const relevance = (await shownResults(page)).slugs;
  expect(relevance.toSorted()).toEqual(articles.toSorted());
  for (const part of parts) expect(requested).toContain(`${BASE_PATH}pagefind/${part}/pagefind-entry.json`);
  for (const [sort, direction] of [
    ['newest', -1],
    ['oldest', 1],
  ] as const) {
    await openSearch(page, new URL(`${SEARCH_UI.path}?q=iran&sort=${sort}`, baseUrl()).href);
    await waitForResults(page, 'iran');
    const sorted = (await shownResults(page)).slugs;
    expect(
      sorted.map((slug) => dates.get(slug)),
      sort,
    ).toEqual(relevance.map((slug) => dates.get(slug)!).toSorted((a, b) => direction * a.localeCompare(b)));
  }
});

test('every rule of _headers is under the base path, and the pages get their headers there', async () => {
  const rules = parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8'));
  const patterns = rules.map((rule) => rule.pattern);
  expect(patterns.filter((pattern) => !pattern.startsWith(BASE_PATH))).toEqual([]);
  expect(patterns).toEqual(expect.arrayContaining([`${BASE_PATH}*`, BASE_PATH, `${BASE_PATH}search/*`]));
  // The home page and the search page, as a host would send them.
  expect(headersFor(rules, BASE_PATH, 'netlify').get('content-security-policy')).not.toContain("'wasm-unsafe-eval'");
  const search = await fetchOk(new URL(SEARCH_UI.path, baseUrl()).href);
  expect(search.headers.get('content-security-policy')).toContain("'wasm-unsafe-eval'");
  expect(search.headers.get('x-content-type-options')).toBe('nosniff');
});

test("every part of the search index has its content-named files kept a year, as the first part's", () => {
  const rules = parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8'));
  const files = readdirSync(join(outDir, 'pagefind'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(join(outDir, 'pagefind'), join(entry.parentPath, entry.name)).split(sep).join('/'));
  const named = files.filter((file) => /^(?:part-\d+\/)?(?:index|filter|fragment)\//.test(file));
  expect(named.filter((file) => file.startsWith('part-3/')).length, "the third part's files").toBeGreaterThan(2);
  for (const host of HOSTS) {
    for (const file of named)
      expect(headersFor(rules, `${BASE_PATH}pagefind/${file}`, host).get('cache-control'), `${host}: ${file}`).toBe(
        'public, max-age=31536000, immutable',
      );
    // Its name stays from build to build.
    const entry = headersFor(rules, `${BASE_PATH}pagefind/part-2/pagefind-entry.json`, host);
    expect(entry.get('cache-control'), host).toBeUndefined();
  }
});
