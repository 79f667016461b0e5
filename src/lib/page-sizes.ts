/**
 * How many items a listing shows per page. Listings are paginated so that no page grows with
 * the corpus: a story with 10,000 articles still has small pages.
 */
export const HOME_ARTICLES = 20;
export const ARCHIVE_PAGE_SIZE = 50;
