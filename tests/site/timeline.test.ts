/**
 * The timeline page in a real browser: complete without JavaScript (chart SVG and list), and
 * with it, zoom, pan, filters and the view in the address; usable by keyboard; no layout shift
 * when the enhancement loads; the script within its budget; citations that land on the words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { useBrowser } from '../support/browser-page.ts';
import { DIST_DIR, distFiles, pagePathOf } from '../support/built-site.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const timelineUrl = new URL(pagePathOf('timeline/index.html'), baseUrl).href;
const html = readFileSync(join(DIST_DIR, 'timeline/index.html'), 'utf8');

/** Budget for the timeline page's JavaScript, gzipped (the issue: at most 40 KB). */
const JS_GZIP_BUDGET_BYTES = 40 * 1024;
const MIN_EVENTS = 30;
const WIDE = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** `datetime` values at day, month or year precision. */
const DATETIME = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

async function open(
  options: { javaScriptEnabled?: boolean; viewport?: typeof WIDE; search?: string } = {},
): Promise<Page> {
  const page = await browser.newPage({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? WIDE,
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(timelineUrl + (options.search ?? ''));
  if (options.javaScriptEnabled !== false) await page.waitForSelector('timeline-chart.is-enhanced');
  (page as Page & { errors: string[] }).errors = errors;
  return page;
}

const errorsOf = (page: Page) => (page as Page & { errors: string[] }).errors;

/** The chart's window as the address records it. */
function windowInUrl(page: Page): { from: string | null; to: string | null } {
  const params = new URL(page.url()).searchParams;
  return { from: params.get('from'), to: params.get('to') };
}

/** The address is written a moment after the view changes (debounced). */
async function waitForUrl(page: Page, predicate: (url: URL) => boolean): Promise<void> {
  await expect.poll(() => predicate(new URL(page.url())), { timeout: 5000 }).toBe(true);
}

describe('without JavaScript', () => {
  test('the chart is a finished SVG and the list holds every event, grouped by year, with machine-readable dates', async () => {
    const page = await open({ javaScriptEnabled: false });
    const svg = page.locator('svg.tl-horizontal');
    await expect.poll(() => svg.isVisible()).toBe(true);
    expect(await svg.locator('a.tl-mark').count()).toBeGreaterThan(15);
    expect(await svg.getAttribute('role')).toBe('group');
    expect(await svg.locator('title').textContent()).toMatch(/^Timeline chart, 2011 to 2024$/);

    const events = page.locator('.tl-list li.is-event');
    expect(await events.count()).toBeGreaterThanOrEqual(MIN_EVENTS);
    expect(await page.locator('.tl-list li.is-publication').count()).toBe(6);
    const years = await page.locator('.tl-year > h2').allTextContents();
    expect(years[0]).toBe('2011');
    expect(years.at(-1)).toBe('2024');
    expect([...years].sort()).toEqual(years);
    for (const datetime of await page
      .locator('.tl-list time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime')))) {
      expect(datetime).toMatch(DATETIME);
    }
    // Precision is kept: "early April 2024" is the month, not an invented day.
    const consulate = page.locator('#event-2024-04-consulate-strike .tl-when');
    expect(await consulate.textContent()).toContain('early April 2024');
    expect(await consulate.locator('time').getAttribute('datetime')).toBe('2024-04');
    expect(errorsOf(page)).toEqual([]);
  });

  test('controls that need JavaScript are not shown; the chart says what it shows instead', async () => {
    const page = await open({ javaScriptEnabled: false });
    expect(await page.locator('.needs-js').evaluateAll((els) => els.map((el) => getComputedStyle(el).display))).toEqual(
      expect.arrayContaining(['none']),
    );
    for (const display of await page
      .locator('.needs-js')
      .evaluateAll((els) => els.map((el) => getComputedStyle(el).display))) {
      expect(display).toBe('none');
    }
    await expect.poll(() => page.locator('.tl-help .no-js').isVisible()).toBe(true);
  });

  test('every chart mark links to an entry of the list', async () => {
    const hrefs = [...html.matchAll(/<a class="tl-mark[^"]*" href="#([^"]+)"/g)].map(([, id]) => id!);
    expect(hrefs.length).toBeGreaterThan(30);
    for (const id of new Set(hrefs)) expect(html, `list entry #${id}`).toContain(`<li id="${id}"`);
  });

  test('a phone gets the vertical chart', async () => {
    const page = await open({ javaScriptEnabled: false, viewport: PHONE });
    expect(await page.locator('svg.tl-vertical').isVisible()).toBe(true);
    expect(await page.locator('svg.tl-horizontal').isVisible()).toBe(false);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
  });
});

describe('citations', () => {
  test('every citation links to a paragraph of its article, with the quoted words as a text fragment', async () => {
    const links = [...html.matchAll(/<a href="([^"]*\/articles\/([^/]+)\/#([^"]*))">/g)];
    expect(links.length).toBeGreaterThanOrEqual(MIN_EVENTS);
    for (const [, href, slug, fragment] of links) {
      const [anchor, directive] = fragment!.split(':~:');
      expect(directive, href).toMatch(/^text=[^,]+(?:,[^,]+)?$/);
      if (anchor) {
        const article = readFileSync(join(DIST_DIR, 'articles', slug!, 'index.html'), 'utf8');
        expect(article, `${href}: paragraph #${anchor}`).toContain(`id="${anchor}"`);
      }
    }
  });

  test('following one lands on the paragraph and highlights it', async () => {
    const page = await open({ viewport: { width: 1024, height: 600 } });
    const link = page.locator('#event-2024-11-13-lavrentiev-iran-scaled-back .tl-source a').nth(1);
    await link.click();
    await page.waitForURL(/\/articles\/iran-denies-reducing-its-forces-in-syria\//);
    const seen = await page.waitForFunction(() => {
      const target = document.querySelector('p:target');
      if (!target) return null;
      const box = target.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight ? target.textContent : null;
    });
    expect(await seen.jsonValue()).toContain('Alexander Lavrentiev, who said that Iran');
  });

  test('every article page lists its events, linking to entries that exist', async () => {
    const articles = distFiles('index.html').filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
    expect(articles).toHaveLength(6);
    for (const file of articles) {
      const article = readFileSync(join(DIST_DIR, file), 'utf8');
      const ids = [...article.matchAll(/href="[^"]*\/timeline\/#(event-[^"]+)"/g)].map(([, id]) => id!);
      expect(ids.length, `${file} lists its events`).toBeGreaterThan(0);
      for (const id of ids) expect(html).toContain(`<li id="${id}"`);
    }
  });
});

describe('with JavaScript', () => {
  test('a preset moves the window, and the address records it', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'November 2024' }).click();
    await waitForUrl(page, (url) => url.searchParams.get('from') === '2024-11-01');
    expect(windowInUrl(page)).toEqual({ from: '2024-11-01', to: '2024-11-30' });
    expect(await page.getByRole('button', { name: 'November 2024' }).getAttribute('aria-pressed')).toBe('true');
    // In November's window the crowded week is labelled.
    const labels = await page.locator('svg.tl-horizontal .tl-label').allTextContents();
    expect(labels).toEqual(
      expect.arrayContaining([
        'Haji: no change',
        'Larijani in Damascus',
        'Astana talks, round 22',
        'Nasirzadeh meets Assad',
      ]),
    );
    expect(errorsOf(page)).toEqual([]);
  });

  test('the address restores the window, and the buttons zoom and pan', async () => {
    const page = await open({ search: '?from=2018-05-01&to=2018-05-31' });
    expect(await page.locator('svg.tl-horizontal .tl-label').allTextContents()).toEqual(
      expect.arrayContaining(['Israel strikes IRGC sites', 'Putin: foreign forces out', 'Ghasemi: Iran stays']),
    );
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await waitForUrl(page, (url) => url.searchParams.get('from') !== '2018-05-01');
    const zoomed = windowInUrl(page);
    expect(zoomed.from! > '2018-05-01' && zoomed.to! < '2018-05-31').toBe(true);
    await page.getByRole('button', { name: 'Later →' }).click();
    await waitForUrl(page, (url) => url.searchParams.get('from') !== zoomed.from);
    expect(windowInUrl(page).from! > zoomed.from!).toBe(true);
  });

  test('wheel zooms and dragging pans the chart', async () => {
    const page = await open({ search: '?from=2024-01-01&to=2024-12-31' });
    const box = (await page.locator('svg.tl-horizontal .tl-grid-lines').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.wheel(0, -400);
    await waitForUrl(page, (url) => url.searchParams.get('from') !== '2024-01-01');
    const zoomed = windowInUrl(page);
    expect(zoomed.from! > '2024-01-01' && zoomed.to! < '2024-12-31').toBe(true);
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 200, box.y + 40, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => windowInUrl(page).from! < zoomed.from!).toBe(true);
  });

  test('dragging the window on the overview strip moves the focus', async () => {
    const page = await open({ search: '?from=2024-01-01&to=2024-12-31' });
    const frame = (await page.locator('svg.tl-horizontal .tl-window').boundingBox())!;
    await page.mouse.move(frame.x + frame.width / 2, frame.y + frame.height / 2);
    await page.mouse.down();
    await page.mouse.move(frame.x - 400, frame.y + frame.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => windowInUrl(page).from! < '2020-01-01').toBe(true);
  });

  test('filters apply to the chart and the list together, and live in the address', async () => {
    const page = await open();
    await page.getByText('Filter by kind').click();
    await page.getByRole('checkbox', { name: /Military strike/ }).uncheck();
    await waitForUrl(page, (url) => url.searchParams.has('kinds'));
    expect(new URL(page.url()).searchParams.get('kinds')).not.toContain('military-strike');
    expect(await page.locator('.tl-list li[data-category="military-strike"]:visible').count()).toBe(0);
    expect(await page.locator('.tl-list li[data-category="official-statement"]:visible').count()).toBeGreaterThan(0);
    expect(await page.locator('svg.tl-horizontal .c-military-strike').count()).toBe(0);
    expect(await page.getByRole('status').textContent()).toMatch(/^Showing \d+ of \d+ events and 6 of 6 articles\.$/);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await waitForUrl(page, (url) => !url.searchParams.has('kinds'));
    expect(await page.locator('.tl-list li.tl-item:visible').count()).toBe(
      await page.locator('.tl-list li.tl-item').count(),
    );
  });

  test('a shared address with a person opens with the filter applied and in view', async () => {
    const page = await open({ search: '?person=ali-larijani' });
    expect(await page.locator('[data-filter-panel]').getAttribute('open')).not.toBeNull();
    expect(await page.locator('select[data-filter="person"]').inputValue()).toBe('ali-larijani');
    const shown = await page.locator('.tl-list li.is-event:visible').evaluateAll((els) => els.map((el) => el.id));
    expect(shown).toEqual(['event-2024-11-mezzeh-strike-near-larijani', 'event-2024-11-14-larijani-in-damascus']);
    // The articles that report them stay, the others go; years without events are hidden.
    expect(await page.locator('.tl-list li.is-publication:visible').count()).toBe(2);
    expect(await page.locator('.tl-year:visible > h2').allTextContents()).toEqual(['2024']);
  });

  test('on a touch screen, two fingers pinch to zoom (one finger is left to scroll the page)', async () => {
    const page = await browser.newPage({ viewport: PHONE, hasTouch: true, isMobile: true });
    await page.goto(`${timelineUrl}?from=2024-01-01&to=2024-12-31`);
    await page.waitForSelector('timeline-chart.is-enhanced');
    await page.locator('svg.tl-vertical').scrollIntoViewIfNeeded();
    const box = (await page.locator('svg.tl-vertical .tl-grid-lines').boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const client = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      client.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x, y: y - spread, id: 1 },
                { x, y: y + spread, id: 2 },
              ],
      });
    await touch('touchStart', 20);
    for (let spread = 30; spread <= 140; spread += 10) await touch('touchMove', spread);
    await touch('touchEnd', 0);
    await waitForUrl(page, (url) => url.searchParams.get('from') !== '2024-01-01');
    const { from, to } = windowInUrl(page);
    expect(from! > '2024-01-01' && to! < '2024-12-31', `${from} to ${to}`).toBe(true);
  });

  test('a phone gets the vertical chart, enhanced, at its own width', async () => {
    const page = await open({ viewport: PHONE });
    const svg = page.locator('svg.tl-vertical');
    expect(await svg.isVisible()).toBe(true);
    const box = (await svg.boundingBox())!;
    expect(await svg.getAttribute('viewBox')).toBe(`0 0 ${Math.round(box.width)} 600`);
    await page.getByRole('button', { name: 'November 2024' }).click();
    await waitForUrl(page, (url) => url.searchParams.get('from') === '2024-11-01');
    expect(await svg.locator('.tl-label').allTextContents()).toEqual(expect.arrayContaining(['Haji: no change']));
  });
});

describe('keyboard', () => {
  test('the chart is one tab stop; arrows move through events in date order with their summary shown; Enter goes to the entry', async () => {
    const page = await open({ search: '?from=2024-11-01&to=2024-11-30' });
    const marks = page.locator('svg.tl-horizontal a.tl-mark');
    expect(await marks.evaluateAll((els) => els.filter((el) => el.getAttribute('tabindex') === '0').length)).toBe(1);
    await marks.first().focus();
    // Walk to the Haji mark with the arrow keys.
    for (let step = 0; step < 40; step += 1) {
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
      if (id === '2024-11-14-haji-no-change') break;
      await page.keyboard.press('ArrowRight');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(
      '2024-11-14-haji-no-change',
    );
    const tooltip = page.getByRole('tooltip');
    expect(await tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toContain("Ali Asghar Haji, senior adviser to Iran's foreign minister");
    await page.keyboard.press('Enter');
    await page.waitForURL(/#event-2024-11-14-haji-no-change$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('event-2024-11-14-haji-no-change');
    expect(new URL(page.url()).searchParams.get('from')).toBe('2024-11-01');
  });

  test('+ and - zoom around the focused event', async () => {
    const page = await open({ search: '?from=2024-01-01&to=2024-12-31' });
    await page.locator('svg.tl-horizontal a.tl-mark[tabindex="0"]').focus();
    await page.keyboard.press('+');
    await waitForUrl(page, (url) => url.searchParams.get('from') !== '2024-01-01');
    const from = windowInUrl(page).from!;
    await page.keyboard.press('-');
    await waitForUrl(page, (url) => url.searchParams.get('from')! < from);
  });

  test('Tab reaches every control and the list, with one stop for the chart and no trap', async () => {
    const page = await open();
    await page.locator('[data-filter-panel]').evaluate((details) => ((details as HTMLDetailsElement).open = true));
    await page.locator('.skip-link').focus();
    const seen: string[] = [];
    for (let press = 0; press < 600; press += 1) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement as (HTMLElement | SVGElement) | null;
        if (!el || el === document.body) return 'end';
        if (el.dataset['tabSeen']) return 'end';
        el.dataset['tabSeen'] = 'yes';
        if (el.closest('.tl-mark')) return 'chart-mark';
        return `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}`;
      });
      if (where === 'end') break;
      seen.push(where);
    }
    const text = seen.join('\n');
    for (const expected of [
      'button:Zoom in',
      'button:Later →',
      'button:November 2024',
      'summary:Filter by kind',
      'select:',
      'input:',
    ]) {
      expect(text, `Tab reaches ${expected}`).toContain(expected);
    }
    expect(seen.filter((s) => s === 'chart-mark')).toHaveLength(1);
    // Past the chart: the list's links, then the footer.
    expect(seen.some((s) => s.startsWith('a:Iran Trims Military Presence'))).toBe(true);
    expect(seen.length).toBeGreaterThan(60);
  });
});

describe('budgets and accessibility', () => {
  test(`the page's JavaScript is at most ${JS_GZIP_BUDGET_BYTES / 1024} KB gzipped`, () => {
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map(([, src]) => src!);
    const imports = [...html.matchAll(/import\("([^"]+)"\)|from"([^"]+\.js)"/g)].map(([, a, b]) => (a ?? b)!);
    const files = [...new Set([...scripts, ...imports])].map((src) =>
      join(DIST_DIR, src.replace(/^.*?\/_astro\//, '_astro/')),
    );
    expect(files.length).toBeGreaterThan(0);
    const gzipped = files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
    console.log(`timeline JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped (${files.length} file(s))`);
    expect(gzipped).toBeLessThanOrEqual(JS_GZIP_BUDGET_BYTES);
  });

  test.each([
    ['wide', WIDE],
    ['phone', PHONE],
  ] as const)('no layout shift when the enhancement loads (%s)', async (_name, viewport) => {
    const page = await browser.newPage({ viewport });
    await page.addInitScript(() => {
      (window as Window & { cls?: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as Window & { cls?: number }).cls! += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(timelineUrl);
    await page.waitForSelector('timeline-chart.is-enhanced');
    await page.waitForTimeout(500);
    const cls = await page.evaluate(() => (window as Window & { cls?: number }).cls);
    console.log(`timeline CLS (${_name}): ${cls}`);
    expect(cls).toBe(0);
  });

  test('axe finds nothing with the filters open and a tooltip showing, in both colour schemes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open();
      await page.emulateMedia({ colorScheme });
      await page.getByText('Filter by kind').click();
      await page.locator('svg.tl-horizontal a.tl-mark[tabindex="0"]').focus();
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        colorScheme,
      ).toEqual([]);
    }
  });
});

test('the build-time chart matches its golden SVG (review the diff when events change)', async () => {
  const svg = /<svg class="tl-svg tl-horizontal"[\s\S]*?<\/svg>/.exec(html)![0];
  await expect(`${svg.replace(/></g, '>\n<')}\n`).toMatchFileSnapshot('__snapshots__/timeline-horizontal.svg');
});
