/**
 * Pages on their way into the real Pagefind service (its binary runs here, as in a build):
 * each page once, small sites with their result fragments in one file, failures named.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PagefindIndexing } from '../../../src/integrations/pagefind-indexing.ts';

const out = mkdtempSync(join(tmpdir(), 'pagefind-indexing-'));
afterEach(() => pagefind.close());
afterAll(() => rmSync(out, { recursive: true, force: true }));

const page = (n: number, body = `<main data-pagefind-body><h1>Page ${n}</h1><p>word${n} shared text</p></main>`) => ({
  url: `/articles/page-${n}/`,
  file: `dist/articles/page-${n}/index.html`,
  content: `<!doctype html><html lang="en"><head><title>Page ${n}</title></head><body>${body}</body></html>`,
});

async function indexPages(count: number, groupFragmentsUpTo: number) {
  const indexing = new PagefindIndexing(groupFragmentsUpTo);
  const pages = Array.from({ length: count }, (_, n) => page(n));
  await Promise.all(pages.map((p) => indexing.add(`articles/page-${pages.indexOf(p)}/`, p)));
  const index = await indexing.finish();
  const outputPath = join(out, `${count}-${groupFragmentsUpTo}`);
  await index.writeFiles({ outputPath });
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return {
    indexing,
    pageCount: Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0),
    fragments: readdirSync(join(outputPath, 'fragment')).length,
  };
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

  it('names the page that lacks data-pagefind-body', async () => {
    const indexing = new PagefindIndexing(0);
    await indexing.add('articles/page-1/', page(1, '<main><p>Navigation and footer only</p></main>'));
    await expect(indexing.finish()).rejects.toThrow(
      'dist/articles/page-1/index.html has no data-pagefind-body element, so Pagefind would index its navigation and footer too.',
    );
  });
});
