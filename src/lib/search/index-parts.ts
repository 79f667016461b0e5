/**
 * The search index in parts: Pagefind's memory while it writes an index grows faster than the
 * pages (3.2 GB for 10,000 articles, against 0.8 GB for 2,500), so a big story's index is
 * written as several Pagefind indexes of at most `indexPartPages()` articles each, every one
 * while the next fills, and the search page merges them (Pagefind's `mergeIndex`, which shares
 * the first part's WebAssembly). A story of up to that many articles has one index, as before.
 *
 * Parts hold articles in the order they are built, newest first, so each part covers a span of
 * dates and results sorted by date can be put in order part by part
 * (`src/components/search/pagefind-api.ts`).
 *
 * The build (`src/integrations/pagefind-index.ts`) and the search page both get the parts from
 * here, from the number of searchable articles.
 */

/** Articles per part unless `SEARCH_INDEX_PART_PAGES` says otherwise. */
export const DEFAULT_INDEX_PART_PAGES = 2500;

export class IndexPartsError extends Error {
  override name = 'IndexPartsError';
}

/**
 * Articles per part: `SEARCH_INDEX_PART_PAGES` (a build setting, like `BASE_PATH`; small values
 * let tests build a six-article site in parts), or the default.
 */
export function indexPartPages(setting = process.env['SEARCH_INDEX_PART_PAGES']): number {
  if (setting === undefined || setting === '') return DEFAULT_INDEX_PART_PAGES;
  const pages = Number(setting);
  if (!Number.isInteger(pages) || pages < 1)
    throw new IndexPartsError(`SEARCH_INDEX_PART_PAGES must be a whole number of pages, 1 or more (got "${setting}").`);
  return pages;
}

/** Which part the page at `position` (0 for the first built) goes into. */
export function indexPartOf(position: number, pagesPerPart: number): number {
  return Math.floor(position / pagesPerPart);
}

/**
 * Each part's folder inside the search bundle: the first part is the bundle itself (its
 * `pagefind.js` is the one the search page loads), the others `part-2/`, `part-3/`, ...
 */
export function indexPartDirectory(part: number): string {
  return part === 0 ? '' : `part-${part + 1}/`;
}

/** The folders of every part, for a site of `pages` searchable pages. */
export function indexPartDirectories(pages: number, pagesPerPart: number): string[] {
  const parts = Math.max(1, Math.ceil(pages / pagesPerPart));
  return Array.from({ length: parts }, (_, part) => indexPartDirectory(part));
}
