/**
 * dist/_headers, read as Netlify and as Cloudflare Pages read it (tests/support/headers-file.ts):
 * every file gets the security headers; every page gets exactly one Content-Security-Policy
 * header, which allows at least what the page's own <meta> allows (the browser enforces both,
 * so a hash missing from the header would block that script or style) and forbids framing;
 * 'wasm-unsafe-eval' goes to the search page alone; and the file keeps to Cloudflare's limits.
 * content-security-policy.test.ts loads every page with these headers applied.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allowsAllOf, parsePolicy } from '../../src/lib/security/content-security-policy.ts';
import { DIST_DIR, distFiles, pagePathOf } from '../support/built-site.ts';
import { headersFor, HOSTS, matches, parseHeadersFile, type ParsedRule } from '../support/headers-file.ts';

/** The base path the site was built with, ending in "/". */
const BASE = pagePathOf('index.html');
const NOT_FOUND_PAGE = '404.html';
/** Cloudflare Pages: at most 100 rules, 2,000 characters a line. */
const MAX_RULES = 100;
const MAX_LINE = 2_000;

const text = readFileSync(join(DIST_DIR, '_headers'), 'utf8');
const rules = parseHeadersFile(text);
/** The Content-Security-Policy a rule sends, if any. */
const policyOf = (rule: ParsedRule) =>
  rule.headers.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1];
const policyRules = rules.filter((rule) => policyOf(rule) !== undefined);

/** Every built page, its path and the policy of its <meta>. */
const pages = distFiles('.html').map((file) => {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(
    readFileSync(join(DIST_DIR, file), 'utf8'),
  );
  return { file, path: pagePathOf(file, BASE), meta: meta?.[1] };
});

test('every built page has a Content Security Policy <meta>', () => {
  expect(pages.length).toBeGreaterThan(1);
  expect(pages.filter((page) => page.meta === undefined).map((page) => page.file)).toEqual([]);
});

test('the file keeps to Cloudflare Pages limits, and to one rule per top-level folder', () => {
  expect(rules.length).toBeLessThanOrEqual(MAX_RULES);
  expect(text.split('\n').filter((line) => line.length > MAX_LINE)).toEqual([]);
  // "/articles/*", never one rule per article: the file must not grow with the pages.
  const underBase = policyRules.map((rule) => rule.pattern.slice(BASE.length));
  expect(underBase.filter((pattern) => !/^([^/]*|[^/*]+\/\*)$/.test(pattern))).toEqual([]);
  console.log(`_headers: ${rules.length} rules, ${(text.length / 1024).toFixed(1)} KB, for ${pages.length} pages`);
});

describe.each(HOSTS)('as %s reads it', (host) => {
  test('every path gets nosniff, a referrer policy, a permissions policy and no framing', () => {
    for (const path of [BASE, `${BASE}articles/`, `${BASE}pagefind/pagefind.js`, `${BASE}data/articles.json`]) {
      const headers = headersFor(rules, path, host);
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('x-frame-options'), path).toBe('DENY');
      expect(headers.get('referrer-policy'), path).toMatch(/^(no-referrer|same-origin|strict-origin)/);
      expect(headers.get('permissions-policy'), path).toMatch(/camera=\(\)/);
    }
  });

  test("each page gets one policy that allows what its <meta> allows, forbids framing and adds no 'unsafe-*'", () => {
    const problems: string[] = [];
    for (const { file, path, meta } of pages) {
      const own = policyRules.filter((rule) => matches(rule.pattern, path, host));
      if (own.length !== 1)
        problems.push(`${path}: ${own.length} policy rules (${own.map((r) => r.pattern).join(', ')})`);
      // The 404 page answers for any path, so every folder's policy must let it work there too.
      const folders = policyRules.filter((rule) => rule.pattern.endsWith('/*'));
      for (const rule of file === NOT_FOUND_PAGE ? [...own, ...folders] : own) {
        const policy = parsePolicy(policyOf(rule)!);
        if (!allowsAllOf(policy, parsePolicy(meta ?? '')))
          problems.push(`${path}: ${rule.pattern} lacks part of its <meta>`);
        if (policy.get('frame-ancestors')?.join(' ') !== "'none'")
          problems.push(`${rule.pattern}: no frame-ancestors 'none'`);
      }
    }
    expect(problems).toEqual([]);
    expect(policyRules.map(policyOf).join('\n')).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  });
});

test("'wasm-unsafe-eval' is in the search page's policies only", () => {
  const withWasm = (policy: string) => policy.includes("'wasm-unsafe-eval'");
  expect(pages.filter((page) => withWasm(page.meta ?? '')).map((page) => page.file)).toEqual(['search/index.html']);
  expect(policyRules.filter((rule) => withWasm(policyOf(rule)!)).map((rule) => rule.pattern)).toEqual([
    `${BASE}search/*`,
  ]);
});

describe('caching', () => {
  const cacheOf = (file: string, host: (typeof HOSTS)[number]) =>
    headersFor(rules, `${BASE}${file}`, host).get('cache-control');
  const immutable = distFiles('').filter((file) => /^(?:_astro|pagefind\/(?:index|filter|fragment))\//.test(file));

  test.each(HOSTS)(
    'on %s, files named after their contents may be kept a year; pages and the rest revalidate',
    (host) => {
      expect(immutable.length).toBeGreaterThan(3);
      for (const file of immutable) {
        // Named after the contents: a hash in the name (Astro's "name.HASH.css", Pagefind's "en_HASH.pf_index", 7 or more characters).
        expect(file, 'a content hash in the name').toMatch(/[._-][\w-]{7,}\.\w+$/);
        expect(cacheOf(file, host), file).toBe('public, max-age=31536000, immutable');
      }
      const names = ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'index.html', 'timeline/marks.json'];
      for (const file of names) expect(cacheOf(file, host), file).toBeUndefined();
    },
  );
});
