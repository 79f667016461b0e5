/**
 * Lighthouse on four pages of the built site (home, the first article in the sitemap, the
 * timeline, search), as Lighthouse's default run does it: a mobile phone, simulated slow 4G and
 * a 4x slower CPU. Accessibility, best practices and SEO must score 100, performance at least 98.
 *
 * Chromium runs with the project's flags (tests/support/browser.ts): every host name but
 * 127.0.0.1 is unresolvable, and the test asserts that no request left 127.0.0.1. No audit
 * needs the network here: Lighthouse fetches only the page under test (and its robots.txt).
 * A canonical link to the production origin is fine for Lighthouse's `canonical` audit, which
 * fails only an invalid, relative, conflicting or root-pointing canonical, so dist/ is tested as
 * built, with its real SITE_URL.
 *
 * The scores go to reports/lighthouse.json (full reports beside it, reports/lighthouse/*.json)
 * and a table to the log. This project runs alone (vitest.config.ts) so that other tests do not
 * take the CPU Lighthouse measures with.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { chromeArgs, findChrome } from '../support/browser.ts';
import { PROJECT_DIR, sitemapPageUrls } from '../support/built-site.ts';

const baseUrl = inject('baseUrl');

/** The lowest score each category may have, out of 100. */
const BARS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof BARS;
const CATEGORIES = Object.keys(BARS) as Category[];

const REPORT_FILE = join(PROJECT_DIR, 'reports/lighthouse.json');
const FULL_REPORTS_DIR = join(PROJECT_DIR, 'reports/lighthouse');

/** The metrics behind the performance score, as Lighthouse reports them. */
const METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'cumulative-layout-shift': 'CLS',
  'speed-index': 'SI',
} as const;

interface PageToAudit {
  name: string;
  url: string;
}

/** Home, the first article the sitemap lists, the timeline and search: each must be in the sitemap. */
function pagesToAudit(): PageToAudit[] {
  const paths = sitemapPageUrls().map((url) => new URL(url).pathname);
  const base = new URL(baseUrl).pathname;
  const article = paths.find((path) => new RegExp(`^${base}articles/[^/]+/$`).test(path));
  const wanted = [
    { name: 'home', path: base },
    { name: 'article', path: article },
    { name: 'timeline', path: `${base}timeline/` },
    { name: 'search', path: `${base}search/` },
  ];
  return wanted.map(({ name, path }) => {
    if (!path || !paths.includes(path)) {
      throw new Error(`no ${name} page to audit: ${path ?? `${base}articles/<slug>/`} is not in the sitemap`);
    }
    return { name, url: new URL(path, baseUrl).href };
  });
}

const pages = pagesToAudit();

interface PageScores {
  name: string;
  url: string;
  scores: Record<Category, number>;
  metrics: Record<string, string>;
}
const measured: PageScores[] = [];

let chrome: LaunchedChrome | undefined;
let profileDir = '';

beforeAll(async () => {
  profileDir = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'));
  chrome = await launch({
    chromePath: findChrome(),
    // The project's flags, --headless and a fresh --user-data-dir included; chrome-launcher
    // adds its own quiet defaults (no extensions, no default-browser check, ...).
    chromeFlags: chromeArgs(profileDir),
    userDataDir: false,
    logLevel: 'silent',
    handleSIGINT: false,
  });
});

afterAll(() => {
  chrome?.kill();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  if (measured.length === 0) return;
  writeFileSync(
    REPORT_FILE,
    `${JSON.stringify({ formFactor: 'mobile', throttling: 'simulate (Lighthouse defaults)', bars: BARS, pages: measured }, null, 2)}\n`,
  );
  const header = ['page', ...CATEGORIES, ...Object.values(METRICS)];
  const rows = measured.map(({ name, scores, metrics }) => [
    name,
    ...CATEGORIES.map((category) => String(scores[category])),
    ...Object.values(METRICS).map((metric) => metrics[metric] ?? ''),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  console.log(
    [
      `Lighthouse (mobile, simulated throttling), written to reports/lighthouse.json`,
      line(header),
      ...rows.map(line),
    ].join('\n'),
  );
});

/** Audits that cost a category points: id, score, value, and the first few elements or URLs at fault. */
function shortfall(lhr: Result, category: Category): string {
  return lhr.categories[category]!.auditRefs.filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => {
      const items = ((audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []).slice(0, 3);
      const where = items.map((item) => {
        const node = item['node'] as { selector?: string } | undefined;
        return String(node?.selector ?? item['url'] ?? item['source'] ?? JSON.stringify(item).slice(0, 120));
      });
      return `  ${audit.id} (score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''}): ${audit.title}${
        audit.explanation ? ` - ${audit.explanation}` : ''
      }${where.length ? `\n    at ${where.join('\n    at ')}` : ''}`;
    })
    .join('\n');
}

test.each(pages.map(({ name, url }) => [name, url]))(
  `%s: accessibility, best practices and SEO ${BARS.seo}, performance at least ${BARS.performance}`,
  async (name, url) => {
    if (!chrome) throw new Error('Chromium did not start');
    const flags: Flags = {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: CATEGORIES,
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
      // The filmstrip of the whole page is for people reading the HTML report; not needed here.
      disableFullPageScreenshot: true,
    };
    const result = await lighthouse(url, flags);
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    const { lhr } = result;
    mkdirSync(FULL_REPORTS_DIR, { recursive: true });
    writeFileSync(join(FULL_REPORTS_DIR, `${name}.json`), JSON.stringify(lhr));
    expect(lhr.runtimeError, `Lighthouse could not audit ${url}`).toBeUndefined();

    const scores = Object.fromEntries(
      CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
    ) as Record<Category, number>;
    const metrics = Object.fromEntries(
      Object.entries(METRICS).map(([id, label]) => [label, lhr.audits[id]?.displayValue ?? '']),
    );
    measured.push({ name, url, scores, metrics });

    const requests = (
      (lhr.audits['network-requests']?.details as { items?: { url: string }[] } | undefined)?.items ?? []
    )
      .map((item) => item.url)
      .filter((requested) => !/^(data|blob):/.test(requested));
    expect(requests.length, 'Lighthouse saw the page load').toBeGreaterThan(0);
    expect(
      requests.filter((requested) => new URL(requested).hostname !== '127.0.0.1'),
      'requests that left 127.0.0.1',
    ).toEqual([]);

    for (const category of CATEGORIES) {
      expect(
        scores[category],
        `${name} ${category} score; what cost points:\n${shortfall(lhr, category)}`,
      ).toBeGreaterThanOrEqual(BARS[category]);
    }
  },
);
