/**
 * Every page keeps to its Content Security Policy as a host that reads dist/_headers serves it
 * (the site project's server applies that file, tests/support/serve-dist.ts): the <meta> Astro
 * writes and the header, both enforced, and no blocked script, style or resource, nothing in
 * the console. A search runs under both, WebAssembly included. What the file holds, page by
 * page, is checked in security-headers.test.ts.
 *
 * Pages are checked a few at a time (`describe.concurrent`, as in a11y.test.ts), in a few pages
 * kept open and reused (`pagePool`): a new context for each page costs more than loading it.
 */
import { describe, expect, inject, test } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import { useBrowser } from '../support/browser-page.ts';
import { onServer, sitemapPageUrls } from '../support/built-site.ts';
import { SEARCH_UI, searchUrl } from '../support/search-ui.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const searchPath = new URL(SEARCH_UI.path, baseUrl).pathname;
/** Pages loading at once: one more than the two cores, so one is always being set up. */
const PAGES_AT_ONCE = 3;
const RESULTS_TIMEOUT_MS = 15_000;
const urls = [
  ...sitemapPageUrls().map((url) => onServer(url, baseUrl)),
  // Inside a folder, so that the 404 page is checked under that folder's header policy too.
  new URL('articles/no-such-page-for-tests/', baseUrl).href,
];

/** Scripts that run, not JSON or JSON-LD data blocks. */
const SCRIPTS = 'script:not([type="application/json"]):not([type="application/ld+json"])';

/** Reports each CSP violation in the console, from the first script of every page loaded. */
async function reportViolations(page: Page): Promise<void> {
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
}

/** Console errors (CSP violations among them) and uncaught errors of `page` while `load` runs. */
async function problemsWhile(page: Page, load: () => Promise<void>): Promise<string[]> {
  const problems: string[] = [];
  const onConsole = (message: ConsoleMessage) => {
    // The 404 page is fetched with a 404 status, which Chromium reports in the console.
    if (message.type() === 'error' && !message.text().includes('404')) problems.push(message.text());
  };
  const onError = (error: Error) => problems.push(`page error: ${error.message}`);
  page.on('console', onConsole).on('pageerror', onError);
  try {
    await load();
  } finally {
    page.off('console', onConsole).off('pageerror', onError);
  }
  return problems;
}

const pages = browser.pagePool(PAGES_AT_ONCE, reportViolations);

describe.concurrent('meta and header policies', () => {
  test.each(urls.map((url) => [new URL(url).pathname, url]))(
    '%s keeps to the Content Security Policy',
    async (path, url) => {
      const { problems, meta, header } = await pages.withPage(async (page) => {
        let header = '';
        const problems = await problemsWhile(page, async () => {
          const response = await page.goto(url, { waitUntil: 'load' });
          header = response?.headers()['content-security-policy'] ?? '';
          // What a script fetches may come after the load event: on the pages that run one, wait
          // for the network to settle (500 ms of quiet, which the other pages are spared).
          if ((await page.locator(SCRIPTS).count()) > 0) await page.waitForLoadState('networkidle');
        });
        const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
        return { problems, meta: meta ?? '', header };
      });
      expect(meta).toMatch(/default-src 'self'/);
      expect(header, 'the Content-Security-Policy header').toMatch(/default-src 'self'/);
      expect(header).toContain("frame-ancestors 'none'");
      expect(`${meta} ${header}`).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      // WebAssembly is for Pagefind, on the search page only.
      expect(meta.includes("'wasm-unsafe-eval'"), "'wasm-unsafe-eval' in the <meta>").toBe(path === searchPath);
      expect(problems).toEqual([]);
    },
  );
});

test(`a search (${SEARCH_UI.query}) runs under the header and <meta> policies, WebAssembly included`, async () => {
  const { problems, wasm, header, results } = await browser.withPage(async (page) => {
    await reportViolations(page);
    const wasm: string[] = [];
    page.on('response', (response) => {
      if (/\/wasm\.[^/]*\.pagefind$/.test(new URL(response.url()).pathname)) wasm.push(response.url());
    });
    let header = '';
    const problems = await problemsWhile(page, async () => {
      const response = await page.goto(searchUrl(baseUrl));
      header = response?.headers()['content-security-policy'] ?? '';
      // No results in time: the problems checked below say what was blocked.
      await page
        .locator(SEARCH_UI.result)
        .first()
        .waitFor({ timeout: RESULTS_TIMEOUT_MS })
        .catch(() => undefined);
      await page.waitForLoadState('networkidle');
    });
    return { problems, wasm, header, results: await page.locator(SEARCH_UI.result).count() };
  });
  expect(problems).toEqual([]);
  expect(header).toContain("'wasm-unsafe-eval'");
  expect(wasm, "Pagefind's WebAssembly").not.toEqual([]);
  expect(results).toBeGreaterThan(0);
});
