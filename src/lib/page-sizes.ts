/**
 * How many items a listing shows per page. Listings are paginated so that no page grows with
 * the corpus: a story with 10,000 articles still has small pages.
 */
export const HOME_ARTICLES = 20;
export const ARCHIVE_PAGE_SIZE = 50;
/**
 * Articles per page of an entity's mentions (each with up to three sentences). Pages of a few
 * dozen: a story of 10,000 articles mentions its main places in nearly all of them, and pages
 * of ten made two thirds of the site's 37,000 pages.
 */
export const ENTITY_ARTICLES_PAGE_SIZE = 30;
/** Entries (events and publications) per page of the timeline's list. */
export const TIMELINE_PAGE_SIZE = 100;
/** Events listed on an entity's page; all of them are on its events pages (`/entities/<slug>/events/`). */
export const ENTITY_EVENTS = 20;
/** Events per page of an entity's events pages. */
export const ENTITY_EVENTS_PAGE_SIZE = 100;
/** Items in the RSS feed: the newest articles. */
export const FEED_ITEMS = 50;
