/**
 * Every page carries the Content Security Policy (astro.config.mjs `security.csp`) and breaks
 * none of its rules: no blocked script, style or resource, nothing in the console. The search
 * page, the one page with scripts, is exercised further in search-page.test.ts; it alone allows
 * 'wasm-unsafe-eval', for Pagefind's WebAssembly.
 */
import { expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-page.ts';
import { onServer, sitemapPageUrls } from '../support/built-site.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const urls = [
  ...sitemapPageUrls().map((url) => onServer(url, baseUrl)),
  new URL('no-such-page-for-tests/', baseUrl).href,
];

test.each(urls.map((url) => [new URL(url).pathname, url]))(
  '%s keeps to the Content Security Policy',
  async (_path, url) => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      // The 404 page is fetched with a 404 status, which Chromium reports in the console.
      if (message.type() === 'error' && !message.text().includes('404')) problems.push(message.text());
    });
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    await page.goto(url, { waitUntil: 'networkidle' });
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/script-src 'self'/);
    expect(policy?.includes("'wasm-unsafe-eval'")).toBe(new URL(url).pathname === new URL('search/', baseUrl).pathname);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(problems).toEqual([]);
  },
);
