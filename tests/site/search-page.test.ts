/**
 * The search page in a browser: results as you type, filters and sort, the address as the
 * state (shared links, the back button), keyboard use, the highlight on the article page, the
 * page without JavaScript, lazy loading, the Content Security Policy and accessibility.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-page.ts';
import { DIST_DIR, distFiles } from '../support/built-site.ts';
import {
  DENIES,
  forgetRenders,
  openSearch,
  probeSearch,
  search,
  shownResults,
  REJECTS,
  STATELET,
  TRIMS,
  UNCHANGED,
  VISITS,
  waitForResults,
} from '../support/search-page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const searchUrl = (query = '') => new URL(`search/${query}`, baseUrl).href;

/** Each article's sort date as its page records it for Pagefind, read from dist/. */
const sortDates = new Map(
  distFiles('index.html')
    .filter((file) => /^articles\/[^/]+\/index\.html$/.test(file))
    .map((file) => [
      file.split('/')[1]!,
      /data-sort="([^"]+)"/.exec(readFileSync(join(DIST_DIR, file), 'utf8'))?.[1] ?? '',
    ]),
);

async function openFacet(page: Page, label: string): Promise<void> {
  await page.locator('.facet summary', { hasText: label }).click();
  await page.locator('.facet[open] li:not([hidden]) input[type="checkbox"]').first().waitFor();
}

/** Clicks a filter value and waits for the results it leads to. */
async function choose(page: Page, value: string): Promise<void> {
  const query = await page.inputValue('#search-query');
  await forgetRenders(page);
  await page.locator('.facet[open] label', { hasText: value }).locator('input').click();
  await waitForResults(page, query);
}

test('results appear as the reader types, each with headline, publisher, date and a highlighted passage', async () => {
  const page = await browser.newPage();
  await openSearch(page, searchUrl());
  await page.click('#search-query');
  await page.keyboard.type('qusayr', { delay: 20 });
  await waitForResults(page, 'qusayr');
  const items = await page.locator('[data-results] > li').evaluateAll((lis) =>
    lis.map((li) => ({
      headline: li.querySelector('h2 a')?.textContent ?? '',
      meta: li.querySelector('.meta')?.textContent ?? '',
      marks: [...li.querySelectorAll('.excerpt mark')].map((m) => m.textContent),
    })),
  );
  expect(items).toHaveLength(3);
  for (const item of items) {
    expect(item.headline).not.toBe('');
    expect(item.meta).toMatch(/^(Asharq Al-Awsat|The Syrian Observer|Enab Baladi|Radio Farda) · .*\d{4}$/);
    expect(item.marks.length).toBeGreaterThan(0);
  }
  // The address follows the query, so the search can be shared.
  expect(new URL(page.url()).search).toBe('?q=qusayr');
});

describe('filters', () => {
  test('a year narrows the results, and the other years still show their counts', async () => {
    const page = await browser.newPage();
    await openSearch(page, searchUrl('?q=hezbollah'));
    await waitForResults(page, 'hezbollah');
    await openFacet(page, 'Year');
    await expect.poll(() => page.locator('.facet[open] label', { hasText: '2024' }).textContent()).toContain('(5)');
    await choose(page, '2018');
    expect((await shownResults(page)).slugs).toEqual([REJECTS]);
    expect(new URL(page.url()).searchParams.getAll('year')).toEqual(['2018']);
    // "Any" within a facet: the other year still says how many it would add.
    expect(await page.locator('.facet[open] label', { hasText: '2024' }).textContent()).toContain('(5)');
    await choose(page, '2018');
    expect((await shownResults(page)).slugs).toHaveLength(6);
  });

  test('a publisher and a place combine, and a chosen filter can be removed from its button', async () => {
    const page = await browser.newPage();
    await openSearch(page, searchUrl('?q=hezbollah'));
    await waitForResults(page, 'hezbollah');
    await openFacet(page, 'Publisher');
    await choose(page, 'Asharq Al-Awsat');
    expect((await shownResults(page)).slugs.toSorted()).toEqual([STATELET, TRIMS]);
    await page.locator('.facet summary', { hasText: 'Places' }).click();
    await page.locator('.facet[open] label', { hasText: 'Qusayr' }).waitFor();
    await choose(page, 'Qusayr');
    expect((await shownResults(page)).slugs).toEqual([STATELET]);
    expect(new URL(page.url()).search).toBe('?q=hezbollah&publisher=Asharq+Al-Awsat&place=Qusayr');
    await forgetRenders(page);
    await page.getByRole('button', { name: 'Remove filter Publisher: Asharq Al-Awsat' }).click();
    await waitForResults(page, 'hezbollah');
    expect((await shownResults(page)).slugs.toSorted()).toEqual([STATELET, UNCHANGED, VISITS]);
  });

  test('filters without a query list the matching articles, newest first', async () => {
    const page = await browser.newPage();
    await openSearch(page, searchUrl('?person=Ali+Larijani'));
    await waitForResults(page, '');
    const { slugs, status } = await shownResults(page);
    expect(slugs).toEqual([VISITS, UNCHANGED]);
    expect(status).toBe('2 articles match the chosen filters.');
  });
});

describe('sort', () => {
  const byDate = (slugs: string[], direction: 1 | -1) =>
    slugs.toSorted((a, b) => direction * sortDates.get(a)!.localeCompare(sortDates.get(b)!));

  test('by relevance, newest first and oldest first', async () => {
    const page = await browser.newPage();
    await openSearch(page, searchUrl('?q=hezbollah'));
    await waitForResults(page, 'hezbollah');
    const relevance = (await shownResults(page)).slugs;
    // The article with Hezbollah in its headline comes first.
    expect(relevance[0]).toBe(STATELET);
    for (const [order, direction] of [
      ['newest', -1],
      ['oldest', 1],
    ] as const) {
      await forgetRenders(page);
      await page.selectOption('select[data-sort]', order);
      await waitForResults(page, 'hezbollah');
      expect((await shownResults(page)).slugs).toEqual(byDate(relevance, direction));
      expect(new URL(page.url()).searchParams.get('sort')).toBe(order);
    }
  });
});

describe('the address holds the search', () => {
  test('loading /search/?q=...&place=...&sort=... shows that search', async () => {
    const page = await browser.newPage();
    await openSearch(page, searchUrl('?q=qusayr&place=Homs&sort=oldest'));
    await waitForResults(page, 'qusayr');
    expect(await page.inputValue('#search-query')).toBe('qusayr');
    expect(await page.inputValue('select[data-sort]')).toBe('oldest');
    expect(await page.locator('[data-chosen] button').allTextContents()).toEqual(['Homs ×']);
    expect((await shownResults(page)).slugs).toEqual([STATELET, UNCHANGED, VISITS]);
  });

  // Opening a search from the header box is how most readers arrive: the results come after
  // the first paint and must not push the page about (Lighthouse loads /search/ empty only).
  for (const [device, viewport] of [
    ['a phone', { width: 412, height: 823 }],
    ['a desktop', { width: 1280, height: 800 }],
  ] as const) {
    test(`on ${device}, nothing on screen moves as the page and its results load (no layout shift)`, async () => {
      const page = await browser.newPage({ viewport });
      await page.addInitScript(() => {
        const shifts: { value: number; nodes: string[] }[] = [];
        Object.assign(window, { __shifts: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            sources?: { node?: Node | null }[];
          })[]) {
            shifts.push({ value: entry.value, nodes: (entry.sources ?? []).map((s) => s.node?.nodeName ?? '?') });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      for (const query of ['', '?q=Hezbollah', '?q=Iran+Russia&sort=newest']) {
        await openSearch(page, searchUrl(query));
        if (query) await waitForResults(page, new URLSearchParams(query).get('q')!);
        // Layout shifts are reported after the frame that makes them.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
        expect(await page.evaluate(() => (window as unknown as { __shifts: unknown[] }).__shifts), query).toEqual([]);
      }
    });
  }

  test('the back button returns to the previous search', async () => {
    const page = await browser.newPage();
    await openSearch(page, searchUrl());
    await page.click('#search-query');
    await page.keyboard.type('hezbollah');
    await waitForResults(page, 'hezbollah');
    expect(new URL(page.url()).search).toBe('?q=hezbollah');
    await openFacet(page, 'Year');
    await choose(page, '2018');
    expect(new URL(page.url()).search).toBe('?q=hezbollah&year=2018');

    await forgetRenders(page);
    await page.goBack();
    await waitForResults(page, 'hezbollah');
    expect(new URL(page.url()).search).toBe('?q=hezbollah');
    expect((await shownResults(page)).slugs).toHaveLength(6);
    expect(await page.locator('.facet label', { hasText: '2018' }).locator('input').isChecked()).toBe(false);

    await forgetRenders(page);
    await page.goBack();
    await waitForResults(page, '');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.inputValue('#search-query')).toBe('');
    expect((await shownResults(page)).slugs).toEqual([]);
  });
});

test('works with the keyboard alone', async () => {
  const page = await browser.newPage();
  await openSearch(page, searchUrl());
  // "/" focuses the box from anywhere on the page.
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
  await page.keyboard.type('hmeimim');
  await waitForResults(page, 'hmeimim');
  // Arrow keys move between the box and the results.
  await page.keyboard.press('ArrowDown');
  const first = await page.evaluate(() =>
    document.activeElement?.closest('li')?.querySelector('h2 a')?.getAttribute('href'),
  );
  expect(first).toMatch(/^\/articles\//);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
  // Ctrl+K also focuses the box.
  await page.locator('h1').click();
  await page.keyboard.press('Control+k');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-query');
  // Tab to the filters, open one with Enter, tick a value with Space.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Publisher');
  await page.keyboard.press('Enter');
  await page.locator('.facet[open] li:not([hidden]) input[type="checkbox"]').first().waitFor();
  await page.keyboard.press('Tab');
  await forgetRenders(page);
  await page.keyboard.press('Space');
  await waitForResults(page, 'hmeimim');
  expect((await shownResults(page)).slugs).toHaveLength(1);
  // Enter on a result opens the article at the matching paragraph.
  await page.focus('[data-results] h2 a');
  await Promise.all([page.waitForURL(/\/articles\//), page.keyboard.press('Enter')]);
  expect(page.url()).toMatch(/#p-[\w-]+:~:text=/);
});

test('on the timeline, which ships JavaScript anyway, "/" focuses the header search box', async () => {
  const page = await browser.newPage();
  await page.goto(new URL('timeline/', baseUrl).href, { waitUntil: 'networkidle' });
  await page.keyboard.press('/');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search-query');
});

test('a result opens its article scrolled to the paragraph, with the words highlighted there', async () => {
  const page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
  await page.emulateMedia({ colorScheme: 'light' });
  await openSearch(page, searchUrl('?q=hmeimim'));
  await waitForResults(page, 'hmeimim');
  // The article that writes "Khmeimim": the highlight is the spelling the article uses.
  const link = page.locator(`[data-results] h2 a[href^="/articles/${DENIES}/"]`);
  await Promise.all([page.waitForURL(new RegExp(DENIES)), link.click()]);
  await page.waitForLoadState('load');
  const id = /#(p-[\w-]+)/.exec(page.url())![1]!;
  const paragraph = page.locator(`[id="${id}"]`);
  expect(await paragraph.textContent()).toContain('Khmeimim');
  // Scrolled into view.
  await expect
    .poll(() =>
      paragraph.evaluate((p) => {
        const r = p.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight;
      }),
    )
    .toBe(true);
  // Highlighted: the text fragment paints ::target-text in the --mark colour (#ffe58a).
  const box = (await paragraph.boundingBox())!;
  const png = await page.screenshot({ clip: box });
  const scratch = await browser.newPage();
  const marked = await scratch.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - 255) < 6 && Math.abs(data[i + 1]! - 229) < 6 && Math.abs(data[i + 2]! - 138) < 6) count++;
    }
    return count;
  }, png.toString('base64'));
  expect(marked, 'pixels in the highlight colour').toBeGreaterThan(200);
});

describe('without JavaScript', () => {
  test('the search page says search needs JavaScript, links to the articles and shows no dead controls', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(searchUrl('?q=hezbollah'));
    // Playwright's text locators skip <noscript>, so the notice is found by its place.
    const notice = page.locator('noscript .notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('Search needs JavaScript');
    expect(await notice.locator('a').getAttribute('href')).toBe(new URL(baseUrl).pathname);
    for (const selector of ['[data-facets]', 'select[data-sort]', '[data-results] li', '[data-more]']) {
      expect(
        await page
          .locator(selector)
          .first()
          .isVisible()
          .catch(() => false),
        selector,
      ).toBe(false);
    }
    // The form itself works: it submits ?q= to this page.
    expect(await page.getByLabel('Search the articles').isVisible()).toBe(true);
  });

  test('the header search on other pages is a plain form to /search/?q=', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(baseUrl);
    const form = page.locator('header form[role="search"]');
    expect(await form.getAttribute('action')).toBe(new URL('search/', baseUrl).pathname);
    expect(await form.getAttribute('method')).toBe('get');
    await page.getByLabel('Search the articles').fill('Qusayr');
    await Promise.all([page.waitForURL(/\/search\/\?q=Qusayr$/), page.keyboard.press('Enter')]);
  });
});

test('the header search of an article page leads to the results', async () => {
  const page = await browser.newPage();
  await probeSearch(page);
  await page.goto(new URL(`articles/${TRIMS}/`, baseUrl).href);
  await page.getByLabel('Search the articles').fill('Larijani');
  await page.keyboard.press('Enter');
  await waitForResults(page, 'Larijani');
  expect((await shownResults(page)).slugs.toSorted()).toEqual([UNCHANGED, VISITS]);
});

test('no search code is fetched until the box is focused', async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(searchUrl(), { waitUntil: 'networkidle' });
  expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);
  await page.focus('#search-query');
  await expect.poll(() => requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('searching, filtering and correcting break no rule of the Content Security Policy', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  await openSearch(page, searchUrl());
  expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')).toContain(
    "'wasm-unsafe-eval'",
  );
  await search(page, 'hezbollah');
  await openFacet(page, 'Places');
  await choose(page, 'Qusayr');
  await search(page, 'hezbolah');
  expect((await shownResults(page)).status).toContain('Showing');
  expect(problems).toEqual([]);
});

describe.each(['light', 'dark'] as const)('accessibility (%s)', (colorScheme) => {
  test('axe finds no violations with results, a filter open and chosen', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme });
    await openSearch(page, searchUrl('?q=hezbollah'));
    await waitForResults(page, 'hezbollah');
    await openFacet(page, 'Places');
    await choose(page, 'Qusayr');
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('the outcome is announced in a live region', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme });
    await openSearch(page, searchUrl());
    await search(page, 'qasemi');
    const live = page.locator('[role="status"]');
    await expect.poll(() => live.textContent()).toBe('1 article matches “qasemi”.');
    expect(await page.getByLabel('Search the articles').getAttribute('type')).toBe('search');
  });
});
