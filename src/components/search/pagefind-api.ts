/**
 * Loads Pagefind's search API (`/pagefind/pagefind.js`, written by the build) the first time
 * search is needed, and types the part of it the search page uses.
 * https://pagefind.app/docs/api/
 */
import type { ResultData } from '../../lib/search/passage.ts';
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

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: SearchOptions): Promise<PagefindResponse>;
  /** Every filter value with its count over all pages; loads the filter data. */
  filters(): Promise<FilterCounts>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(bundleUrl: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as Pagefind;
    // On the main thread: for a few dozen articles a search takes a millisecond, and the worker
    // script would add 12 KB to the first search.
    // The index's URLs carry the site's base path already (src/integrations/pagefind-index.ts),
    // and Pagefind would otherwise prefix the bundle's folder again.
    await pagefind.options({ baseUrl: '/', noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load (offline, blocked) may be retried by the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}
