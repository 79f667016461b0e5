/**
 * Pages on their way into the real Pagefind service (its binary runs here, as in a build):
 * each page once, small sites with their result fragments in one file, a big site's index in
 * parts of the pages in order, failures named.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { PagefindIndexing } from '../../../src/integrations/pagefind-indexing.ts';
import { releaseMemoryAfterPeaks } from '../../../src/integrations/release-memory.ts';

const out = mkdtempSync(join(tmpdir(), 'pagefind-indexing-'));
afterEach(() => pagefind.close());
afterAll(() => rmSync(out, { recursive: true, force: true }));

const page = (n: number, body = `<main data-pagefind-body><h1>Page ${n}</h1><p>word${n} shared text</p></main>`) => ({
  url: `/articles/page-${n}/`,
  file: `dist/articles/page-${n}/index.html`,
  content: `<!doctype html><html lang="en"><head><title>Page ${n}</title></head><body>${body}</body></html>`,
});

let run = 0;

async function indexPages(count: number, groupFragmentsUpTo: number, pagesPerPart = 1000) {
  const folder = join(out, String(++run));
  const indexing = new PagefindIndexing({
    groupFragmentsUpTo,
    pagesPerPart,
    partPath: (part) => join(folder, `part-${part}`),
  });
  const pages = Array.from({ length: count }, (_, n) => page(n));
  await Promise.all(pages.map((p, n) => indexing.add(`articles/page-${n}/`, p)));
  const parts = (await indexing.finish()).map((outputPath) => {
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return {
      outputPath,
      pageCount: Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0),
      fragments: readdirSync(join(outputPath, 'fragment')).map((file) => join(outputPath, 'fragment', file)),
    };
  });
  return {
    indexing,
    parts,
    pageCount: parts.reduce((sum, part) => sum + part.pageCount, 0),
    fragments: parts.reduce((sum, part) => sum + part.fragments.length, 0),
  };
}

/** An indexing in parts of `pagesPerPart` into its own folder; `addPages` adds pages one by one, as Astro hands them over. */
function inParts(name: string, pagesPerPart: number) {
  const folder = join(out, name);
  const indexing = new PagefindIndexing({
    groupFragmentsUpTo: 0,
    pagesPerPart,
    partPath: (part) => join(folder, `part-${part}`),
  });
  const addPages = async (from: number, to: number) => {
    for (let n = from; n < to; n++) await indexing.add(`articles/page-${n}/`, page(n));
  };
  return { folder, indexing, addPages };
}

/** The result URLs in a fragment file (Pagefind's gzip of "pagefind_dcd" and JSON). */
function fragmentUrls(file: string): string[] {
  const json = JSON.parse(gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length).toString('utf8')) as
    { url: string } | Record<string, { url: string }>;
  return 'url' in json && typeof json.url === 'string'
    ? [json.url]
    : Object.values(json as Record<string, { url: string }>).map((fragment) => fragment.url);
}

describe('PagefindIndexing', () => {
  it('adds every page once: the words are those of each page, counted once', async () => {
    const one = await indexPages(1, 0);
    const many = await indexPages(40, 12);
    expect(many.pageCount).toBe(40);
    expect(many.indexing.added.size).toBe(40);
    // Pages of the same shape have the same number of unique words.
    expect(many.indexing.words).toBe(40 * one.indexing.words);
    expect(many.fragments).toBe(40);
  });

  it('puts a small site’s result fragments in one file', async () => {
    const small = await indexPages(5, 12);
    expect(small.pageCount).toBe(5);
    expect(small.fragments).toBe(1);
  });

  it('writes a big site in parts, of the pages in the order they came', async () => {
    const site = await indexPages(7, 0, 3);
    expect(site.parts.map((part) => part.outputPath.slice(-6))).toEqual(['part-0', 'part-1', 'part-2']);
    expect(site.parts.map((part) => part.pageCount)).toEqual([3, 3, 1]);
    const urls = site.parts.map((part) => part.fragments.flatMap(fragmentUrls).sort());
    expect(urls).toEqual([
      ['/articles/page-0/', '/articles/page-1/', '/articles/page-2/'],
      ['/articles/page-3/', '/articles/page-4/', '/articles/page-5/'],
      ['/articles/page-6/'],
    ]);
    expect(site.indexing.added.size).toBe(7);
    // The first part is the bundle the search page loads; the others lend their index only.
    expect(readdirSync(site.parts[0]!.outputPath)).toContain('pagefind.js');
    // (These pages have no filters, so no filter/ folder.)
    for (const part of site.parts.slice(1))
      expect(
        readdirSync(part.outputPath)
          .map((name) => name.replace(/^pagefind\.en_\w+\.pf_meta$/, 'meta'))
          .sort(),
      ).toEqual(['fragment', 'index', 'meta', 'pagefind-entry.json']);
  });

  it('writes a full part once the next one starts, and no empty part after the last full one', async () => {
    const { folder, indexing, addPages } = inParts('full-parts', 3);
    await addPages(0, 4);
    await vi.waitFor(() => expect(indexing.written).toEqual([join(folder, 'part-0')]), { timeout: 5000 });
    await addPages(4, 6);
    expect(await indexing.finish()).toEqual([join(folder, 'part-0'), join(folder, 'part-1')]);
  });

  it('does not hold rendering up while a part is written: later pages wait in line behind the write', async () => {
    const { folder, indexing, addPages } = inParts('no-stall', 60);
    await addPages(0, 60);
    // Pagefind answers no add until the first part is written. Were rendering to wait for its
    // answers, the 17th page of the second part (PAGES_IN_FLIGHT is 16) could only be handed
    // over once the write was done; all 40 are handed over before it.
    await addPages(60, 100);
    expect(indexing.written).toEqual([]);
    expect(await indexing.finish()).toEqual([join(folder, 'part-0'), join(folder, 'part-1')]);
    expect(indexing.added.size).toBe(100);
  });

  it('in a build, has Astro hand back memory before each part written while pages render, not the last', async () => {
    const { hooks } = releaseMemoryAfterPeaks();
    const lines: string[] = [];
    const logger = { debug: (message: string) => lines.push(message) };
    type Hook = (options: { logger: typeof logger }) => void;
    (hooks['astro:build:start'] as unknown as Hook)({ logger });
    try {
      const { parts } = await indexPages(7, 0, 3);
      expect(parts).toHaveLength(3);
    } finally {
      (hooks['astro:build:generated'] as unknown as Hook)({ logger });
    }
    expect(lines.map((line) => line.split(':')[0])).toEqual([
      'content synced',
      'before writing search index part 1',
      'before writing search index part 2',
      'pages built',
    ]);
  });

  it('keeps each part’s fragments in one file when the whole site is small', async () => {
    const small = await indexPages(5, 12, 2);
    expect(small.parts.map((part) => [part.pageCount, part.fragments.length])).toEqual([
      [2, 1],
      [2, 1],
      [1, 1],
    ]);
  });

  it('names the page that lacks data-pagefind-body', async () => {
    const indexing = new PagefindIndexing({ groupFragmentsUpTo: 0, pagesPerPart: 10, partPath: () => out });
    await indexing.add('articles/page-1/', page(1, '<main><p>Navigation and footer only</p></main>'));
    await expect(indexing.finish()).rejects.toThrow(
      'dist/articles/page-1/index.html has no data-pagefind-body element, so Pagefind would index its navigation and footer too.',
    );
  });
});
