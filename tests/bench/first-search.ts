/**
 * Bytes a reader downloads for a first search: serves a built dist/ on 127.0.0.1 (gzip for
 * text, as any host would; the search benchmark's server) and drives Chromium to /search/?q=<query>, summing the transfer
 * size of the page and everything it fetched until the network is quiet.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../support/browser.ts';
import { serveCompressed } from './compressing-server.ts';

export interface FirstSearch {
  /** Bytes over the wire (headers included) for the page and all it fetched. */
  bytes: number;
  requests: number;
  /** Requests to the Pagefind index (entry, wasm, chunks, fragments). */
  indexRequests: number;
}

/** Measures a first search for `query`; undefined when the build has no search page. */
export async function measureFirstSearch(dist: string, query: string): Promise<FirstSearch | undefined> {
  if (!existsSync(join(dist, 'search/index.html')) || !existsSync(join(dist, 'pagefind'))) return undefined;
  const { server, origin } = await serveCompressed(dist, 'gzip');
  const browser = await chromium.launch({
    executablePath: findChrome(),
    args: chromeArgs('').filter((arg) => arg !== '--headless' && !arg.startsWith('--user-data-dir')),
  });
  try {
    const page = await browser.newPage();
    const sizes: { url: string; bytes: number }[] = [];
    page.on('requestfinished', async (request) => {
      const sizes_ = await request.sizes().catch(() => undefined);
      if (sizes_) sizes.push({ url: request.url(), bytes: sizes_.responseBodySize + sizes_.responseHeadersSize });
    });
    // A result fragment, from the index or any of its parts (/pagefind/part-2/fragment/...).
    const fetchedFragment = () => sizes.some((entry) => /\/pagefind\/(?:part-\d+\/)?fragment\//.test(entry.url));
    await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    // A search page that does not read ?q= gets the query typed into its search box.
    if (!fetchedFragment()) {
      await page.locator('input[type="search"], input[name="q"]').first().fill(query);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1_000);
    }
    if (!fetchedFragment()) throw new Error(`the search page fetched no Pagefind result fragment for "${query}"`);
    return {
      bytes: sizes.reduce((sum, entry) => sum + entry.bytes, 0),
      requests: sizes.length,
      indexRequests: sizes.filter((entry) => entry.url.includes('/pagefind/')).length,
    };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
