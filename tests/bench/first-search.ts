/**
 * Bytes a reader downloads for a first search: serves a built dist/ on 127.0.0.1 (gzip for
 * text, as any host would) and drives Chromium to /search/?q=<query>, summing the transfer
 * size of the page and everything it fetched until the network is quiet.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromeArgs, findChrome } from '../support/browser.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml']);

function serve(dist: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let path = normalize(join(dist, decodeURIComponent(url.pathname)));
    if (!path.startsWith(dist)) return void response.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return void response.writeHead(404).end();
    const type = extname(path);
    const headers: Record<string, string> = { 'content-type': TYPES[type] ?? 'application/octet-stream' };
    if (COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      response.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
      createReadStream(path).pipe(createGzip()).pipe(response);
    } else {
      response.writeHead(200, { ...headers, 'content-length': String(statSync(path).size) });
      createReadStream(path).pipe(response);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

export interface FirstSearch {
  /** Bytes over the wire (headers included) for the page and all it fetched. */
  bytes: number;
  requests: number;
  /** Requests to the Pagefind index (entry, wasm, chunks, fragments). */
  indexRequests: number;
}

/** Measures a first search for `query`; undefined when the build has no search page. */
export async function measureFirstSearch(dist: string, port: number, query: string): Promise<FirstSearch | undefined> {
  if (!existsSync(join(dist, 'search/index.html')) || !existsSync(join(dist, 'pagefind'))) return undefined;
  const server = await serve(dist, port);
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
    await page.goto(`http://127.0.0.1:${port}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
    // A search page that does not read ?q= gets the query typed into its search box.
    if (!sizes.some((entry) => entry.url.includes('/pagefind/fragment/'))) {
      await page.locator('input[type="search"], input[name="q"]').first().fill(query);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1_000);
    }
    if (!sizes.some((entry) => entry.url.includes('/pagefind/fragment/')))
      throw new Error(`the search page fetched no Pagefind result fragment for "${query}"`);
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
