/** What the build reads from the search page to check it loads the index folders written. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { indexFoldersLoadedBy } from '../../../src/integrations/pagefind-index.ts';
import { SearchIndexError } from '../../../src/integrations/pagefind-indexing.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pagefind-index-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function searchPage(body: string): string {
  const file = join(dir, 'index.html');
  writeFileSync(file, `<!DOCTYPE html><html><head><title>Search</title></head><body>${body}</body></html>`);
  return file;
}

test('the bundle, then each part, from the attribute as Astro escapes it', async () => {
  const config = { bundle: '/tracker/pagefind/', parts: ['/tracker/pagefind/part-2/', '/tracker/pagefind/part-3/'] };
  const attribute = JSON.stringify(config).replaceAll('"', '&quot;');
  const file = searchPage(`<main><search-page data-config="${attribute}"><form></form></search-page></main>`);
  expect(await indexFoldersLoadedBy(file)).toEqual([
    '/tracker/pagefind/',
    '/tracker/pagefind/part-2/',
    '/tracker/pagefind/part-3/',
  ]);
});

test('a page without the search element, or without its bundle, stops the build', async () => {
  await expect(indexFoldersLoadedBy(searchPage('<main><form></form></main>'))).rejects.toThrow(
    /has no <search-page data-config> naming the search index/,
  );
  const noBundle = searchPage(`<search-page data-config="{&quot;parts&quot;:[]}"></search-page>`);
  await expect(indexFoldersLoadedBy(noBundle)).rejects.toThrow(SearchIndexError);
  await expect(indexFoldersLoadedBy(join(dir, 'missing.html'))).rejects.toThrow(/could not be read/);
});
