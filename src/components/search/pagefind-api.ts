/**
 * Loads Pagefind's search API (`/pagefind/pagefind.js`, written by the build) the first time
 * search is needed, and types the part of it the search page uses.
 * https://pagefind.app/docs/api/
 */
import type { ResultData } from '../../lib/search/passage.ts';
import { PART_FILTER } from '../../lib/search/filters.ts';
import type { PagefindFilters } from '../../lib/search/search-state.ts';

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindResultData extends ResultData {
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  /** Counts for the filters whose data is loaded (all of them once `filters()` has run). */
  filters: FilterCounts;
}

export interface SearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'> | undefined;
}

/** Search over the whole index, in however many parts it was written. */
export interface Pagefind {
  search(query: string | null, options?: SearchOptions): Promise<PagefindResponse>;
  /** Every filter value with its count over all pages; loads the filter data. */
  filters(): Promise<FilterCounts>;
}

/** Pagefind's module, `pagefind.js`. */
interface PagefindModule extends Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(bundleUrl: string, options: Record<string, unknown>): Promise<void>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads the index's first part from `bundleUrl` and merges the others (`partUrls`, empty for a
 * story of one part: see src/lib/search/index-parts.ts).
 */
export function loadPagefind(bundleUrl: string, partUrls: readonly string[] = []): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as PagefindModule;
    // On the main thread: for a few dozen articles a search takes a millisecond, and the worker
    // script would add 12 KB to the first search.
    // The index's URLs carry the site's base path already (src/integrations/pagefind-index.ts),
    // and Pagefind would otherwise prefix the bundle's folder again.
    await pagefind.options({ baseUrl: '/', noWorker: true });
    await pagefind.init();
    if (partUrls.length === 0) return pagefind;
    // Each part marks its pages with its number, so that one part can be searched alone.
    // Merged parts use the first part's WebAssembly; each loads its own metadata and chunks.
    await pagefind.options({ mergeFilter: { [PART_FILTER]: '1' } });
    await Promise.all(
      partUrls.map((url, at) =>
        pagefind.mergeIndex(url, { baseUrl: '/', mergeFilter: { [PART_FILTER]: String(at + 2) } }),
      ),
    );
    return inParts(pagefind, partUrls.length + 1);
  })();
  // A failed load (offline, blocked) may be retried by the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * Pagefind merges the parts' results by relevance alone, which mixes up results sorted by date.
 * The parts hold spans of dates, newest first, so a sorted search takes each part's own sorted
 * results, part after part (the other way round for oldest first); counts and filters come from
 * the search over all parts.
 */
export function inParts(pagefind: Pagefind, parts: number): Pagefind {
  return {
    filters: () => pagefind.filters(),
    async search(query, options = {}) {
      const response = await pagefind.search(query, options);
      const direction = Object.values(options.sort ?? {})[0];
      if (!direction) return response;
      const order = Array.from({ length: parts }, (_, at) => String(at + 1));
      if (direction === 'asc') order.reverse();
      const byPart = await Promise.all(
        order.map((part) =>
          pagefind.search(query, { ...options, filters: { ...options.filters, [PART_FILTER]: { any: [part] } } }),
        ),
      );
      return { ...response, results: byPart.flatMap((part) => part.results) };
    },
  };
}
