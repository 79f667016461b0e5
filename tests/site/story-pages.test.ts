/**
 * The story layer as built: entity pages, the question page, the figures chart (with JavaScript
 * off), and the open data. Counts come from content/ so no number is written twice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from '../support/browser-page.ts';
import { DIST_DIR, distFiles, PROJECT_DIR, sitemapPageUrls } from '../support/built-site.ts';
import { ENTITY_EVENTS } from '../../src/lib/page-sizes.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const yamlFiles = (folder: string) =>
  readdirSync(join(PROJECT_DIR, 'content', folder))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({
      id: name.replace(/\.yaml$/, ''),
      data: parseYaml(readFileSync(join(PROJECT_DIR, 'content', folder, name), 'utf8')) as Record<string, unknown>,
    }));

const entities = yamlFiles('entities');
const claims = yamlFiles('claims');
const questions = yamlFiles('questions');
const FIGURES_ARTICLE = 'articles/iran-denies-reducing-its-forces-in-syria/';
const url = (path: string) => new URL(path, baseUrl).href;
const readDist = (file: string) => readFileSync(join(DIST_DIR, file), 'utf8');

test('the sitemap lists the entity, question and open data pages, so every one is checked for accessibility', () => {
  const paths = sitemapPageUrls().map((u) => new URL(u).pathname);
  for (const path of [
    '/entities/',
    '/questions/',
    '/data/',
    ...entities.map((e) => `/entities/${e.id}/`),
    ...questions.map((q) => `/questions/${q.id}/`),
  ]) {
    expect(
      paths.some((p) => p.endsWith(path)),
      path,
    ).toBe(true);
  }
});

test('every link from an entity or question page to a paragraph lands on a paragraph that exists', () => {
  const pages = distFiles('index.html').filter((f) => /^(entities|questions)\//.test(f));
  const idsOf = new Map<string, Set<string>>();
  let checked = 0;
  for (const page of pages) {
    for (const [, slug, id] of readDist(page).matchAll(/href="[^"]*\/articles\/([^/"]+)\/#([^"]+)"/g)) {
      if (!idsOf.has(slug!))
        idsOf.set(
          slug!,
          new Set([...readDist(`articles/${slug}/index.html`).matchAll(/ id="([^"]+)"/g)].map(([, i]) => i!)),
        );
      expect(idsOf.get(slug!)!.has(id!), `${page} links to #${id} in ${slug}`).toBe(true);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(100);
});

describe('entity pages', () => {
  test("an entity's page lists the timeline events it takes part in, each linking to its entry", () => {
    const events = readdirSync(join(PROJECT_DIR, 'content/events'))
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => ({
        id: file.replace(/\.yaml$/, ''),
        involved: (
          parseYaml(readFileSync(join(PROJECT_DIR, 'content/events', file), 'utf8')) as { involved?: string[] }
        ).involved,
      }));
    const larijani = events.filter((e) => e.involved?.includes('ali-larijani')).map((e) => e.id);
    expect(larijani.length).toBeGreaterThan(1);
    const section = /<section class="entity-events[\s\S]*?<\/section>/.exec(
      readDist('entities/ali-larijani/index.html'),
    );
    expect(section?.[0]).toContain('takes part in');
    const linked = [...(section?.[0] ?? '').matchAll(/href="\/timeline\/#event-([^"]+)"/g)].map(([, id]) => id);
    expect(linked.sort()).toEqual(larijani.sort());
    // An entity in no event has no empty section.
    const none = readdirSync(join(PROJECT_DIR, 'content/entities'))
      .map((file) => file.replace(/\.yaml$/, ''))
      .find((id) => !events.some((e) => e.involved?.includes(id)));
    if (none) expect(readDist(`entities/${none}/index.html`)).not.toContain('class="entity-events');
  });

  test('the index lists every entity once, under its kind', async () => {
    const page = await browser.newPage();
    await page.goto(url('entities/'));
    for (const [kind, heading] of [
      ['person', 'People'],
      ['organisation', 'Organisations'],
      ['place', 'Places'],
    ] as const) {
      const section = page.locator('section', { has: page.getByRole('heading', { level: 2, name: heading }) });
      await expect(section.locator('.entity-list > li').count()).resolves.toBe(
        entities.filter((e) => e.data['kind'] === kind).length,
      );
    }
  });

  test('a person’s page shows who it is, the claims made and the sentences that mention them, linked to their paragraphs', async () => {
    const page = await browser.newPage();
    await page.goto(url('entities/alexander-lavrentiev/'));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Alexander Lavrentiev');
    await expect(page.locator('.lede').textContent()).resolves.toContain('envoy');
    await expect(page.getByText('Lavrentyev', { exact: false }).first().isVisible()).resolves.toBe(true);
    const claimsSection = page.locator('section', { has: page.getByRole('heading', { name: /^Claims/ }) });
    await expect(claimsSection.locator('.claim').count()).resolves.toBe(
      claims.filter((c) => (c.data['claimant'] as { entity?: string }).entity === 'alexander-lavrentiev').length,
    );
    const sentences = page.locator('.sentences a');
    expect(await sentences.count()).toBeGreaterThanOrEqual(3);
    for (const link of await sentences.all()) {
      expect(await link.getAttribute('href')).toMatch(/\/articles\/[^/]+\/#p-/);
      expect(await link.locator('mark').count()).toBeGreaterThan(0);
    }
  });

  test('no page lists more than 10 articles, or more than 3 sentences from one article', () => {
    for (const file of distFiles('index.html').filter(
      (f) => f.startsWith('entities/') && f !== 'entities/index.html',
    )) {
      const html = readDist(file);
      // One list of sentences per article.
      expect(html.split('class="sentences"').length - 1, file).toBeLessThanOrEqual(10);
      for (const [, items] of html.matchAll(/class="sentences"[^>]*>([\s\S]*?)<\/ul>/g)) {
        expect((items!.match(/<li/g) ?? []).length, file).toBeLessThanOrEqual(3);
      }
    }
  });

  test('a governorate’s page shows the figures chart with its own bar and row picked out', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(url('entities/aleppo/'));
    const figure = page.locator('figure.breakdown');
    await expect(figure.locator('figcaption').textContent()).resolves.toMatch(
      /Aleppo has 117 of 529 \(22%\), the most of the 14/,
    );
    await expect(figure.locator('g.bar.highlighted text.label').textContent()).resolves.toBe('Aleppo');
    await expect(figure.locator('tr.current th').textContent()).resolves.toContain('Aleppo');
  });
});

describe('an entity’s events', () => {
  const events = yamlFiles('events');
  const involving = (id: string) => events.filter((e) => (e.data['involved'] as string[]).includes(id));
  // Iran takes part in more events than its page lists (ENTITY_EVENTS).
  const many = involving('iran');

  test('its page lists the latest and links to all of them, which list each one with JavaScript off', async () => {
    expect(many.length).toBeGreaterThan(ENTITY_EVENTS);
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(url('entities/iran/'));
    const section = page.locator('section.entity-events');
    await expect(section.locator('ol.event-links li').count()).resolves.toBe(ENTITY_EVENTS);
    // The timeline's filters need JavaScript, so without it only the events pages are offered.
    await expect(section.getByRole('link', { name: 'on the timeline chart' }).isVisible()).resolves.toBe(false);
    await section.getByRole('link', { name: `All ${many.length} events with Iran` }).click();
    expect(new URL(page.url()).pathname).toMatch(/\/entities\/iran\/events\/$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Events with Iran');
    const links = page.locator('ol.event-links a');
    const listed = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map(
      (href) => /#event-(.+)$/.exec(href)![1],
    );
    expect(listed.toSorted()).toEqual(many.map((e) => e.id).toSorted());
    await expect(page.locator('main .needs-js').isVisible()).resolves.toBe(false);
  });

  test('with JavaScript the events page also links to the timeline filtered to the entity', async () => {
    const page = await browser.newPage();
    await page.goto(url('entities/iran/events/'));
    await page.getByRole('link', { name: 'The timeline chart, filtered to Iran' }).click();
    await page.waitForSelector('timeline-chart.is-enhanced');
    expect(new URL(page.url()).search).toBe('?place=iran');
    await expect(page.locator('[data-status]').textContent()).resolves.toContain(
      `Showing ${many.length} of ${events.length} events`,
    );
  });

  test('entities with no more events than their page lists have no events pages', () => {
    const few = entities.filter((e) => involving(e.id).length <= ENTITY_EVENTS);
    expect(few.length).toBeGreaterThan(0);
    const pages = new Set(distFiles('index.html'));
    for (const { id } of few) expect(pages.has(`entities/${id}/events/index.html`), id).toBe(false);
    expect(pages.has('entities/iran/events/index.html')).toBe(true);
  });
});

describe('the question page', () => {
  const question = questions[0]!;
  const onQuestion = claims.filter((c) => c.data['question'] === question.id);

  test('shows every claim on the question, each with its stance, date and quotes linked to paragraphs', async () => {
    const page = await browser.newPage();
    await page.goto(url(`questions/${question.id}/`));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(question.data['question']);
    const cards = page.locator('.claim');
    await expect(cards.count()).resolves.toBe(onQuestion.length);
    for (const card of await cards.all()) {
      await expect(card.locator('.stance').count()).resolves.toBe(1);
      await expect(card.locator('time').count()).resolves.toBe(1);
      expect(await card.locator('blockquote a[href*="#p-"]').count()).toBeGreaterThan(0);
    }
  });

  test('lists periods in time order, and within each period puts each stance in its own column on a wide screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url(`questions/${question.id}/`));
    const periods = await page.locator('.period h2').allTextContents();
    expect(periods[0]).toContain('2018');
    expect(periods.at(-1)).toBe('November 2024');
    const november = page.locator('.period', { has: page.getByRole('heading', { name: 'November 2024' }) });
    const boxes = await Promise.all(
      (await november.locator('.claim').all()).map(async (card) => ({
        stance: (await card.locator('.stance').textContent())!,
        x: (await card.boundingBox())!.x,
      })),
    );
    const xOf = new Map<string, Set<number>>();
    for (const { stance, x } of boxes) xOf.set(stance, (xOf.get(stance) ?? new Set()).add(Math.round(x)));
    // One column per stance: a stance's cards share an x, and different stances do not.
    for (const xs of xOf.values()) expect(xs.size).toBe(1);
    expect(new Set([...xOf.values()].map((xs) => [...xs][0])).size).toBe(xOf.size);
    expect(xOf.size).toBeGreaterThanOrEqual(4);
  });

  test('stacks the claims in one column on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(url(`questions/${question.id}/`));
    const xs = new Set(
      await Promise.all((await page.locator('.claim').all()).map(async (c) => Math.round((await c.boundingBox())!.x))),
    );
    expect(xs.size).toBe(1);
  });
});

describe('the figures on the article page, with JavaScript off', () => {
  test('draw a bar per governorate, with the same numbers in a table that cites each one', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(url(FIGURES_ARTICLE));
    const figure = page.locator('figure.breakdown');
    await expect(figure.locator('svg.bar-chart').isVisible()).resolves.toBe(true);
    const bars = await figure.locator('g.bar').all();
    expect(bars).toHaveLength(14);
    const barValues = await Promise.all(bars.map((bar) => bar.locator('text.value').textContent()));
    const rows = figure.locator('tbody tr');
    const tableValues = await rows.locator('td.num').allTextContents();
    expect(tableValues).toEqual(barValues);
    const widths = await Promise.all(bars.map(async (bar) => Number(await bar.locator('rect').getAttribute('width'))));
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
    await expect(figure.locator('tfoot td.num').textContent()).resolves.toBe('529');
    await expect(figure.locator('.discrepancy').textContent()).resolves.toContain('477');
    for (const link of await rows.locator('td a').all()) {
      const id = (await link.getAttribute('href'))!.replace(/^#/, '');
      await expect(page.locator(`p[id="${id}"]`).textContent()).resolves.toContain(
        (await link.textContent())!.replace(/[“”]/g, ''),
      );
    }
  });

  test('ship no script', () => {
    expect(readDist(`${FIGURES_ARTICLE}index.html`)).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
  });
});

describe('open data', () => {
  const fetchJson = async <T>(path: string): Promise<T> => (await fetch(url(path))).json() as Promise<T>;

  test('claims.json holds every claim, each report pointing at a paragraph', async () => {
    const data = await fetchJson<{ claims: { id: string; reports: { url: string; quote: string }[] }[] }>(
      'data/claims.json',
    );
    expect(data.claims.map((c) => c.id).sort()).toEqual(claims.map((c) => c.id).sort());
    for (const claim of data.claims)
      for (const report of claim.reports) expect(report.url).toMatch(/\/articles\/[^/]+\/#p-/);
  });

  test('entities.json and articles.json hold every entity and article', async () => {
    const { entities: list } = await fetchJson<{ entities: { id: string }[] }>('data/entities.json');
    expect(list.map((e) => e.id).sort()).toEqual(entities.map((e) => e.id).sort());
    const { articles } = await fetchJson<{ articles: { paragraphs: unknown[] }[] }>('data/articles.json');
    expect(articles).toHaveLength(readdirSync(join(PROJECT_DIR, 'content/articles')).length);
    for (const article of articles) expect(article.paragraphs.length).toBeGreaterThan(3);
  });

  test('figures.json keeps the stated totals and records the discrepancy', async () => {
    const { figures } = await fetchJson<{
      figures: {
        breakdowns: {
          id: string;
          of: string;
          sumOfParts: number;
          discrepancy?: { sumOfParts: number; matches?: string };
        }[];
      }[];
    }>('data/figures.json');
    const byGovernorate = figures[0]!.breakdowns.find((b) => b.id === 'by-governorate')!;
    expect(byGovernorate).toMatchObject({
      of: 'points-2024',
      sumOfParts: 529,
      discrepancy: { sumOfParts: 529, matches: 'sites-2024' },
    });
  });

  test('events.json holds every timeline event, each citation landing on its words', async () => {
    const { events } = await fetchJson<{
      events: { id: string; url: string; citations: { article: string; quote: string; url: string }[] }[];
    }>('data/events.json');
    const files = readdirSync(join(PROJECT_DIR, 'content/events')).filter((file) => file.endsWith('.yaml'));
    expect(events.map((e) => e.id).sort()).toEqual(files.map((file) => file.replace(/\.yaml$/, '')).sort());
    for (const event of events) {
      expect(event.url).toMatch(new RegExp(`/timeline/#event-${event.id}$`));
      expect(event.citations.length).toBeGreaterThan(0);
      for (const citation of event.citations) expect(citation.url).toMatch(/\/articles\/[^/]+\/#.*:~:text=/);
    }
  });

  test('each file has its JSON Schema beside it', async () => {
    for (const name of ['articles', 'entities', 'claims', 'figures', 'events']) {
      const schema = await fetchJson<{ $schema: string; type: string }>(`data/${name}.schema.json`);
      expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
    }
  });
});
