/**
 * One browser per test file, launched before its tests and closed after them; pages opened by a
 * test are closed after it, so a file with many tests does not pile up open pages.
 * Call `useBrowser()` at the top level of a test file.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromeArgs, findChrome } from './browser.ts';

/** Generous for a loaded 2-core CI machine, yet bounded so a hung page fails the test. */
export const BROWSER_TIMEOUT_MS = 30_000;

/**
 * Playwright adds `--headless` itself and refuses `--user-data-dir` with `launch()`: it makes a
 * fresh profile directory (mkdtemp) for every launch and deletes it on close.
 */
function playwrightArgs(): string[] {
  return chromeArgs('').filter((arg) => arg !== '--headless' && !arg.startsWith('--user-data-dir'));
}

export interface BrowserForFile {
  /** A new page in a new context (own cookies, own colour scheme), closed after the test. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /**
   * Runs `use` on a new page in a new context and closes it when `use` is done: for concurrent
   * tests (`test.concurrent`), whose pages the after-each cleanup of `newPage` would close while
   * another test still uses them.
   */
  withPage<T>(use: (page: Page) => Promise<T>, options?: BrowserContextOptions): Promise<T>;
  /**
   * Up to `size` pages kept open for the file's concurrent tests, each lent to one test at a
   * time: for many tests that each just load a page, navigating an open page is much cheaper
   * than a new context (which starts a renderer process). `prepare` runs once on each new page.
   */
  pagePool(size: number, prepare?: (page: Page) => Promise<void>): PagePool;
}

export interface PagePool {
  /** Runs `use` on a page of the pool, waiting for one to be free; a page whose test failed is replaced. */
  withPage<T>(use: (page: Page) => Promise<T>): Promise<T>;
}

export function useBrowser(): BrowserForFile {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: findChrome(),
      args: playwrightArgs(),
      timeout: BROWSER_TIMEOUT_MS * 2,
    });
  }, BROWSER_TIMEOUT_MS * 2);
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  }, BROWSER_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
  }, BROWSER_TIMEOUT_MS);
  async function newContext(options?: BrowserContextOptions): Promise<BrowserContext> {
    if (!browser) throw new Error('the browser is not running: call useBrowser() at the top level of the test file');
    const context = await browser.newContext(options);
    context.setDefaultTimeout(BROWSER_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(BROWSER_TIMEOUT_MS);
    return context;
  }
  return {
    async newPage(options) {
      const context = await newContext(options);
      contexts.push(context);
      return context.newPage();
    },
    async withPage(use, options) {
      const context = await newContext(options);
      try {
        return await use(await context.newPage());
      } finally {
        await context.close();
      }
    },
    pagePool(size, prepare) {
      const idle: Page[] = [];
      const waiting: ((page: Page | undefined) => void)[] = [];
      let open = 0;
      async function borrow(): Promise<Page> {
        const page =
          idle.pop() ??
          (open < size ? undefined : await new Promise<Page | undefined>((resolve) => waiting.push(resolve)));
        if (page) return page;
        open += 1;
        const fresh = await (await newContext()).newPage();
        await prepare?.(fresh);
        return fresh;
      }
      /** Hands the page (or, for a failed one, the place of a new page) to the next test waiting. */
      function giveBack(page: Page | undefined): void {
        const next = waiting.shift();
        if (next) next(page);
        else if (page) idle.push(page);
      }
      return {
        async withPage(use) {
          const page = await borrow();
          try {
            const result = await use(page);
            giveBack(page);
            return result;
          } catch (error) {
            open -= 1;
            await page.context().close();
            giveBack(undefined);
            throw error;
          }
        },
      };
    },
  };
}
