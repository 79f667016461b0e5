/**
 * A search as the address bar holds it: `/search/?q=hmeimim&place=Latakia&sort=newest`.
 * Query, filters and sort live in the URL so a search can be shared, bookmarked and gone back to.
 */
import { FACETS, SORT_KEY, type FacetKey } from './filters.ts';

export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export interface SearchState {
  query: string;
  /** Chosen values by facet, in the order chosen. */
  filters: Record<FacetKey, string[]>;
  sort: SortOrder;
}

export function emptyFilters(): Record<FacetKey, string[]> {
  return Object.fromEntries(FACETS.map(({ key }) => [key, []])) as unknown as Record<FacetKey, string[]>;
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const { key } of FACETS) filters[key] = [...new Set(params.getAll(key).filter(Boolean))];
  const sort = params.get('sort');
  return {
    query: params.get('q') ?? '',
    filters,
    sort: SORT_ORDERS.includes(sort as SortOrder) ? (sort as SortOrder) : 'relevance',
  };
}

/** Parameters in a fixed order, so one search has one address. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('q', state.query);
  for (const { key } of FACETS) for (const value of state.filters[key]) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

export function hasFilters(state: SearchState): boolean {
  return FACETS.some(({ key }) => state.filters[key].length > 0);
}

export type PagefindFilters = Record<string, { any: string[] } | { all: string[] }>;

/** The filters as Pagefind takes them, leaving out one facet when its own counts are wanted. */
export function pagefindFilters(state: SearchState, without?: FacetKey): PagefindFilters {
  const filters: PagefindFilters = {};
  for (const { key, match } of FACETS) {
    const values = state.filters[key];
    if (key === without || values.length === 0) continue;
    filters[key] = match === 'any' ? { any: values } : { all: values };
  }
  return filters;
}

/** Without a query there is no relevance: a filtered list is newest first unless asked otherwise. */
export function pagefindSort(state: SearchState): Record<string, 'asc' | 'desc'> | undefined {
  const sort = state.sort === 'relevance' && !state.query.trim() ? 'newest' : state.sort;
  if (sort === 'newest') return { [SORT_KEY]: 'desc' };
  if (sort === 'oldest') return { [SORT_KEY]: 'asc' };
  return undefined;
}
