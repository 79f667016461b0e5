/** dist/_headers from a small build folder: one policy rule per top-level folder, and the refusals. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import {
  matchingFolders,
  readPolicyMeta,
  securityHeaderRules,
  securityHeaders,
  SecurityHeadersError,
  type SecurityHeadersOptions,
} from '../../../src/integrations/security-headers.ts';

const OPTIONS: SecurityHeadersOptions = {
  everyFile: { 'X-Content-Type-Options': 'nosniff' },
  headerOnlyDirectives: ["frame-ancestors 'none'"],
};
const BASE_POLICY = "default-src 'self'; script-src 'self'";

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'security-headers-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A page with its policy <meta> (none when `policy` is undefined) after `padding` characters of head. */
function page(file: string, policy: string | undefined, padding = 0): void {
  const meta = policy === undefined ? '' : `<meta http-equiv="content-security-policy" content="${policy}">`;
  const html = `<!DOCTYPE html><html><head><title>${'x'.repeat(padding)}</title>${meta}</head><body></body></html>`;
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), html);
}

function site(): string[] {
  page('index.html', `${BASE_POLICY} 'sha256-home='`);
  page('articles/a/index.html', `${BASE_POLICY} 'sha256-a='`);
  page('articles/b/index.html', `${BASE_POLICY} 'sha256-b='`, 10_000);
  page('search/index.html', `${BASE_POLICY} 'wasm-unsafe-eval'`);
  page('404.html', `${BASE_POLICY} 'sha256-404='`);
  return ['', 'articles/a/', 'articles/b/', 'search/', '404/'];
}

test('one rule for every path, then one policy per top-level folder and per top-level page', () => {
  const rules = securityHeaderRules(dir, '/tracker/', site(), OPTIONS);
  const policies = Object.fromEntries(
    rules.slice(1).map((rule) => [rule.path, rule.headers['Content-Security-Policy']]),
  );
  expect(rules[0]).toEqual({ path: '/tracker/*', headers: OPTIONS.everyFile });
  expect(policies).toEqual({
    '/tracker/': "default-src 'self'; script-src 'self' 'sha256-home='; frame-ancestors 'none'",
    '/tracker/404.html': "default-src 'self'; script-src 'self' 'sha256-404='; frame-ancestors 'none'",
    // The 404 page can answer under any folder.
    '/tracker/articles/*':
      "default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b=' 'sha256-404='; frame-ancestors 'none'",
    '/tracker/search/*':
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-404='; frame-ancestors 'none'",
  });
});

test('folders of content-named files get a year of caching under the base path, and no policy', () => {
  const rules = securityHeaderRules(dir, '/tracker/', site(), {
    ...OPTIONS,
    immutable: ['_astro/*', 'pagefind/index/*'],
  });
  const cached = rules.filter((rule) => rule.headers['Cache-Control']);
  expect(cached).toEqual([
    { path: '/tracker/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    { path: '/tracker/pagefind/index/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
  ]);
  expect(rules.filter((rule) => rule.headers['Content-Security-Policy'])).toHaveLength(4);
});

test('a * in a folder name gives one caching rule per folder of the build that matches, in order', () => {
  for (const folder of ['pagefind/part-2/index', 'pagefind/part-10/index', 'pagefind/part-3/filter'])
    mkdirSync(join(dir, folder), { recursive: true });
  writeFileSync(join(dir, 'pagefind/part-4'), 'a file, not a part');
  expect(matchingFolders(dir, 'pagefind/part-*/index/*')).toEqual([
    'pagefind/part-2/index/*',
    'pagefind/part-10/index/*',
  ]);
  expect(matchingFolders(dir, 'pagefind/part-*/fragment/*'), 'no such folder').toEqual([]);
  expect(matchingFolders(dir, 'elsewhere/part-*/index/*'), 'no such parent').toEqual([]);
  expect(matchingFolders(dir, '_astro/*'), 'no * in a folder: as it is').toEqual(['_astro/*']);
  const rules = securityHeaderRules(dir, '/tracker/', site(), { ...OPTIONS, immutable: ['pagefind/part-*/index/*'] });
  expect(rules.filter((rule) => rule.headers['Cache-Control']).map((rule) => rule.path)).toEqual([
    '/tracker/pagefind/part-2/index/*',
    '/tracker/pagefind/part-10/index/*',
  ]);
});

test('readPolicyMeta reads past its first chunk, decodes the attribute and stops at </head>', () => {
  page('long.html', 'img-src &apos;self&apos; data:', 20_000);
  expect(readPolicyMeta(join(dir, 'long.html'))).toBe("img-src 'self' data:");
  page('none.html', undefined);
  expect(readPolicyMeta(join(dir, 'none.html'))).toBeUndefined();
});

test.each([
  ['a page without a policy <meta>', 'articles/c/', undefined, /index.html has no Content Security Policy <meta>/],
  ['pages that cannot share a policy', 'articles/c/', "default-src 'self'", /pages under \/articles\/\* cannot share/],
  ['folders that collide on Netlify', 'articlesx/', BASE_POLICY, /\/articles\/\* also matches \/articlesx\/\*/],
])('refuses %s', (_case, pathname, policy, message) => {
  const pathnames = [...site(), pathname];
  page(`${pathname}index.html`, policy);
  expect(() => securityHeaderRules(dir, '/', pathnames, OPTIONS)).toThrow(SecurityHeadersError);
  expect(() => securityHeaderRules(dir, '/', pathnames, OPTIONS)).toThrow(message);
});

test('the integration writes _headers into the build folder, under the configured base', async () => {
  const pathnames = site();
  const { hooks } = securityHeaders(OPTIONS);
  const logger = { info: () => {} } as unknown as AstroIntegrationLogger;
  await hooks['astro:config:done']!({ config: { base: '/tracker/' } } as never);
  await hooks['astro:build:done']!({
    dir: pathToFileURL(`${dir}/`),
    pages: pathnames.map((pathname) => ({ pathname })),
    assets: new Map(),
    logger,
  });
  const text = readFileSync(join(dir, '_headers'), 'utf8');
  expect(text).toMatch(/^# /);
  expect(text).toContain('\n/tracker/*\n  X-Content-Type-Options: nosniff\n');
  expect(text).toContain(
    "\n/tracker/search/*\n  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'",
  );
});
