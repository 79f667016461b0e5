/**
 * The filters search records for each article, by their key in the Pagefind index and in the
 * search page's address (`/search/?q=...&place=Qusayr`). The article pages write them
 * (`ArticleSearchData.astro`), the search page reads them.
 */

/** Filters a reader can choose, in the order the search page shows them. */
export const FACETS = [
  // "any": an article has one publisher and one year, so several chosen values widen the search.
  { key: 'publisher', label: 'Publisher', match: 'any' },
  { key: 'year', label: 'Year', match: 'any' },
  // "all": an article mentions many entities, so each chosen one narrows the search.
  { key: 'person', label: 'People', match: 'all' },
  { key: 'place', label: 'Places', match: 'all' },
  { key: 'organisation', label: 'Organisations', match: 'all' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];

/**
 * Values a result shows but nobody filters by. They travel as filters because Pagefind returns
 * an article's filters with it without making them searchable (metadata is searchable: a date
 * there would make "November" find every article published in November).
 */
export const CARRIED = {
  /** The publication date as the site writes it ("about 13–20 November 2024"). */
  published: 'published',
  /** "editor" when the headline was written by our editors. */
  headlineBy: 'headlineBy',
} as const;

/** Metadata keys. `spellings` is searchable on purpose (see `spellings.ts`). */
export const META = { title: 'title', spellings: 'spellings' } as const;

/**
 * A filter no article writes: the search page gives it to each part of a search index written
 * in parts (`index-parts.ts`), numbered from 1, to search one part alone.
 */
export const PART_FILTER = 'index-part';

/** The sort key: the date an article is ordered by (YYYY-MM-DD). */
export const SORT_KEY = 'date';
