/**
 * `npm run bench:search`: what search costs a reader, measured in Chromium on this machine.
 *
 *   node tests/bench/search.ts [--no-build] [--brotli] [--typing-delay=MS]
 *
 * Builds the site (unless --no-build), serves dist/ on 127.0.0.1 compressed like a production
 * host (gzip by default), and for each of 20 queries opens /search/ in a fresh browser context
 * (empty cache), clicks the box and types the query key by key. It records:
 * - bytes transferred for that first search, from the page to the results (CDP Network events,
 *   `encodedDataLength`: headers and compressed bodies as sent), by kind;
 * - time from the last keystroke (its keydown) to the results being painted (the page's
 *   `search-rendered` event, then the next frame); every query again in one warm page too;
 * - whether any script loads for search before the box is focused, and whether the home and
 *   article pages load any script at all.
 * Writes reports/bench-search.json and prints a summary. Exits non-zero when a budget is missed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromeArgs, findChrome } from '../support/browser.ts';
import { DIST_DIR, distFiles, pagePathOf, PROJECT_DIR } from '../support/built-site.ts';
import { serveCompressed, type Encoding } from './compressing-server.ts';

/** Names, places, numbers, spellings, a phrase, a typo: 20 searches a reader of these articles makes. */
const QUERIES = [
  'hezbollah',
  'qusayr',
  '529',
  'lavrentyev',
  'hmeimim',
  'qasemi',
  'hizbullah',
  'irgc',
  'revolutionary guard',
  'zeinab shrine',
  'deir ez-zor',
  'nasirzadeh',
  'larijani',
  'astana',
  '"defenders of the shrine"',
  'bridges',
  'airstrikes',
  'militias',
  'consulate',
  'hezbolah',
];

const BUDGET = { firstSearchBytes: 100 * 1024, medianLatencyMs: 100 };

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const encoding: Encoding = args.includes('--brotli') ? 'br' : 'gzip';
const typingDelay = Number(args.find((a) => a.startsWith('--typing-delay='))?.split('=')[1] ?? 80);
const base = process.env['BASE_PATH'] ?? '/';

type Kind = 'document' | 'css' | 'js' | 'wasm' | 'index' | 'fragment' | 'filter' | 'meta' | 'other';

function kindOf(url: string, resourceType: string): Kind {
  const { pathname } = new URL(url);
  if (resourceType === 'Document') return 'document';
  if (pathname.endsWith('.css')) return 'css';
  if (pathname.endsWith('.js')) return 'js';
  if (pathname.endsWith('.pagefind')) return 'wasm';
  if (pathname.endsWith('.pf_index')) return 'index';
  if (pathname.endsWith('.pf_fragment')) return 'fragment';
  if (pathname.endsWith('.pf_filter')) return 'filter';
  if (pathname.endsWith('.pf_meta') || pathname.endsWith('pagefind-entry.json')) return 'meta';
  return 'other';
}

interface Transfer {
  url: string;
  kind: Kind;
  bytes: number;
  /** Requested before the search box was focused. */
  beforeFocus: boolean;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
/** Kibibytes (1024 bytes), as the budgets are read. */
const kb = (bytes: number) => round(bytes / 1024);

/** In the page: time from the last keydown to the paint after results for `query` are rendered. */
const LATENCY_PROBE = () => {
  const probe = { lastKey: 0, latencies: new Map<string, number>() };
  (window as unknown as { __searchProbe: typeof probe }).__searchProbe = probe;
  document.addEventListener('keydown', () => (probe.lastKey = performance.now()), true);
  document.addEventListener(
    'search-rendered',
    (event) => {
      const { query } = (event as CustomEvent<{ query: string }>).detail;
      const rendered = () => probe.latencies.set(query, performance.now() - probe.lastKey);
      // requestAnimationFrame runs before the paint; a task queued from it runs after.
      requestAnimationFrame(() => setTimeout(rendered, 0));
    },
    true,
  );
};

async function latencyOf(page: Page, query: string): Promise<number> {
  await page.waitForFunction(
    (q) => (window as unknown as { __searchProbe: { latencies: Map<string, number> } }).__searchProbe.latencies.has(q),
    query,
  );
  return page.evaluate(
    (q) => (window as unknown as { __searchProbe: { latencies: Map<string, number> } }).__searchProbe.latencies.get(q)!,
    query,
  );
}

/** One reader, fresh cache: open the search page, click the box, type, wait for the results. */
async function firstSearch(browser: Browser, origin: string, query: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(LATENCY_PROBE);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let focused = false;
  const requests = new Map<string, { url: string; type: string; beforeFocus: boolean }>();
  const transfers: Transfer[] = [];
  cdp.on('Network.requestWillBeSent', (e) =>
    requests.set(e.requestId, { url: e.request.url, type: e.type ?? '', beforeFocus: !focused }),
  );
  cdp.on('Network.loadingFinished', (e) => {
    const request = requests.get(e.requestId);
    if (!request || new URL(request.url).pathname.endsWith('favicon.svg')) return;
    transfers.push({
      url: request.url,
      kind: kindOf(request.url, request.type),
      bytes: e.encodedDataLength,
      beforeFocus: request.beforeFocus,
    });
  });
  await page.goto(`${origin}${base}search/`, { waitUntil: 'networkidle' });
  focused = true;
  await page.click('#search-query');
  await page.keyboard.type(query, { delay: typingDelay });
  const latency = await latencyOf(page, query);
  await page.waitForLoadState('networkidle');
  const results = await page.locator('[data-results] > li').count();
  await context.close();
  const byKind: Partial<Record<Kind, number>> = {};
  for (const t of transfers) byKind[t.kind] = (byKind[t.kind] ?? 0) + t.bytes;
  const total = transfers.reduce((sum, t) => sum + t.bytes, 0);
  const withoutDocument = total - (byKind.document ?? 0);
  const pagefindBeforeFocus = transfers.filter((t) => t.beforeFocus && new URL(t.url).pathname.includes('/pagefind/'));
  return {
    query,
    results,
    latencyMs: round(latency),
    bytes: { total, withoutDocument, byKind },
    pagefindBeforeFocus: pagefindBeforeFocus.map((t) => t.url),
    transfers,
  };
}

/** The same queries one after another in one page: the reader's second and later searches. */
async function warmSearches(browser: Browser, origin: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(LATENCY_PROBE);
  await page.goto(`${origin}${base}search/`, { waitUntil: 'networkidle' });
  await page.click('#search-query');
  const latencies: { query: string; latencyMs: number }[] = [];
  for (const query of QUERIES) {
    await page.fill('#search-query', '');
    await page.keyboard.type(query, { delay: typingDelay });
    latencies.push({ query, latencyMs: round(await latencyOf(page, query)) });
    await page.evaluate(() =>
      (window as unknown as { __searchProbe: { latencies: Map<string, number> } }).__searchProbe.latencies.clear(),
    );
  }
  await context.close();
  return latencies;
}

/** Scripts a page loads with nobody touching it. */
async function scriptsLoaded(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  return scripts;
}

if (build) {
  const { status } = spawnSync(process.execPath, [join(PROJECT_DIR, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: PROJECT_DIR,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (status !== 0) process.exit(status ?? 1);
}

const { server, origin } = await serveCompressed(DIST_DIR, encoding, base);
const browser = await chromium.launch({
  executablePath: findChrome(),
  args: chromeArgs('').filter((arg) => arg !== '--headless' && !arg.startsWith('--user-data-dir')),
});
try {
  const cold = [];
  for (const query of QUERIES) cold.push(await firstSearch(browser, origin, query));
  const warm = await warmSearches(browser, origin);
  const article = distFiles('index.html').find((file) => file.startsWith('articles/'))!;
  const articleScripts = await scriptsLoaded(browser, `${origin}${pagePathOf(article, base)}`);
  const homeScripts = await scriptsLoaded(browser, `${origin}${base}`);

  const firstBytes = cold.map((r) => r.bytes.withoutDocument);
  const report = {
    date: new Date().toISOString(),
    encoding,
    typingDelayMs: typingDelay,
    budget: BUDGET,
    summary: {
      firstSearchBytes: {
        note: 'JS, CSS, WASM, index and fragment files from opening /search/ to the results (HTML document and favicon excluded)',
        unit: 'KiB (1024 bytes)',
        medianKB: kb(median(firstBytes)),
        maxBytes: Math.max(...firstBytes),
        maxKB: kb(Math.max(...firstBytes)),
        maxWithDocumentKB: kb(Math.max(...cold.map((r) => r.bytes.total))),
      },
      latencyMs: {
        note: 'last keydown to the paint after the results render',
        firstSearchMedian: round(median(cold.map((r) => r.latencyMs))),
        firstSearchMax: round(Math.max(...cold.map((r) => r.latencyMs))),
        warmMedian: round(median(warm.map((r) => r.latencyMs))),
        warmMax: round(Math.max(...warm.map((r) => r.latencyMs))),
      },
      pagefindRequestsBeforeFocus: cold.flatMap((r) => r.pagefindBeforeFocus).length,
      scriptsOnArticlePage: articleScripts.length,
      scriptsOnHomePage: homeScripts.length,
    },
    firstSearches: cold.map(({ transfers, ...rest }) => ({
      ...rest,
      files: transfers.map(
        (t) => `${t.kind} ${t.bytes} ${new URL(t.url).pathname}${t.beforeFocus ? ' (before focus)' : ''}`,
      ),
    })),
    warmSearches: warm,
  };
  mkdirSync(join(PROJECT_DIR, 'reports'), { recursive: true });
  writeFileSync(join(PROJECT_DIR, 'reports/bench-search.json'), `${JSON.stringify(report, null, 2)}\n`);

  console.log(`\nSearch benchmark (${encoding}, typing ${typingDelay} ms a key, ${QUERIES.length} queries)\n`);
  console.log('query'.padEnd(28), 'results', 'first-search KiB', 'latency ms (first / warm)');
  cold.forEach((r, i) =>
    console.log(
      r.query.padEnd(28),
      String(r.results).padStart(7),
      String(kb(r.bytes.withoutDocument)).padStart(15),
      `${r.latencyMs} / ${warm[i]!.latencyMs}`.padStart(26),
    ),
  );
  const s = report.summary;
  console.log(
    `\nfirst search: median ${s.firstSearchBytes.medianKB} KiB, max ${s.firstSearchBytes.maxKB} KiB = ${s.firstSearchBytes.maxBytes} bytes (${s.firstSearchBytes.maxWithDocumentKB} KiB with the HTML); budget ${kb(BUDGET.firstSearchBytes)} KiB`,
  );
  console.log(
    `latency: first searches median ${s.latencyMs.firstSearchMedian} ms (max ${s.latencyMs.firstSearchMax}), warm median ${s.latencyMs.warmMedian} ms (max ${s.latencyMs.warmMax}); budget median < ${BUDGET.medianLatencyMs} ms`,
  );
  console.log(
    `Pagefind requests before the box is focused: ${s.pagefindRequestsBeforeFocus}; scripts on an article page: ${s.scriptsOnArticlePage}, on the home page: ${s.scriptsOnHomePage}`,
  );
  console.log('\nreport: reports/bench-search.json');

  const missed = [
    Math.max(...firstBytes) > BUDGET.firstSearchBytes && 'first-search bytes',
    median(cold.map((r) => r.latencyMs)) >= BUDGET.medianLatencyMs && 'first-search latency',
    median(warm.map((r) => r.latencyMs)) >= BUDGET.medianLatencyMs && 'warm latency',
    s.pagefindRequestsBeforeFocus > 0 && 'nothing loaded before focus',
    s.scriptsOnArticlePage + s.scriptsOnHomePage > 0 && 'zero-JavaScript pages',
  ].filter(Boolean);
  if (missed.length > 0) {
    console.error(`\nBudget missed: ${missed.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  server.close();
}
