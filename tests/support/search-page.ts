/**
 * Driving /search/ in the browser tests: open it with a probe that records each
 * `search-rendered` event (the page fires it once the results for a query are in the DOM),
 * enter a query, wait for its results, read them.
 */
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    /** Queries whose results have been rendered, in order. */
    __searchRendered: string[];
  }
}

/** Installs the probe; call before the page loads. */
export async function probeSearch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__searchRendered = [];
    // Capture phase: the event does not bubble, but capturing listeners above it still run.
    document.addEventListener(
      'search-rendered',
      (event) => window.__searchRendered.push((event as CustomEvent<{ query: string }>).detail.query),
      true,
    );
  });
}

export async function openSearch(page: Page, url: string): Promise<void> {
  await probeSearch(page);
  await page.goto(url);
}

/** Waits until the results for `query` have been rendered (since the last `forgetRenders`). */
export async function waitForResults(page: Page, query: string): Promise<void> {
  await page.waitForFunction((q) => window.__searchRendered.includes(q), query);
}

export async function forgetRenders(page: Page): Promise<void> {
  await page.evaluate(() => (window.__searchRendered = []));
}

/** Replaces the query in the box, as a paste would, and waits for its results. */
export async function search(page: Page, query: string): Promise<void> {
  await forgetRenders(page);
  await page.fill('#search-query', query);
  await waitForResults(page, query);
}

export interface ShownResults {
  /** Article slugs, in the order shown. */
  slugs: string[];
  hrefs: string[];
  /** The marked words of each result's excerpt. */
  marks: string[][];
  status: string;
}

export async function shownResults(page: Page): Promise<ShownResults> {
  const items = await page.locator('[data-results] > li').evaluateAll((lis) =>
    lis.map((li) => ({
      href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
      marks: [...li.querySelectorAll('.excerpt mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
  return {
    hrefs: items.map((item) => item.href),
    slugs: items.map((item) => /\/articles\/([^/]+)\//.exec(item.href)?.[1] ?? item.href),
    marks: items.map((item) => item.marks),
    status: (await page.locator('[data-status]').textContent())?.trim() ?? '',
  };
}

/** The six articles' slugs, as the search tests name them. */
export const STATELET = 'hezbollah-statelet-in-qusayr-under-israeli-fire';
export const DENIES = 'iran-denies-reducing-its-forces-in-syria';
export const REJECTS = 'iran-rejects-russian-demand-to-withdraw-troops';
export const UNCHANGED = 'iran-says-military-presence-in-syria-unchanged';
export const TRIMS = 'iran-trims-military-presence-in-syria';
export const VISITS = 'iranian-visits-to-damascus';
