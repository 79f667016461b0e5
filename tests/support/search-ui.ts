/**
 * How the tests find the search page and its results: the one place to change when the search
 * page's markup changes (used by tests/site/budgets.test.ts and tests/base-path/).
 */
export const SEARCH_UI = {
  /** The search page, relative to the site's base URL. */
  path: 'search/',
  /** A query the articles answer with several results, whatever the build. */
  query: 'Hezbollah',
  /** The list of results. A /search/ page without it has no search UI yet and its tests skip. */
  results: '[data-results]',
  /** One result in the list. */
  result: '[data-results] > li',
  /** A result's link to the article (and paragraph) it found. */
  resultLink: '[data-results] > li a[href]',
} as const;

/** The search page with `SEARCH_UI.query` in its address, as the header's search form opens it. */
export function searchUrl(baseUrl: string, query: string = SEARCH_UI.query): string {
  const url = new URL(SEARCH_UI.path, baseUrl);
  url.searchParams.set('q', query);
  return url.href;
}
