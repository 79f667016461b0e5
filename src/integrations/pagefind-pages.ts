/**
 * The hand-over of built pages from the renderer to the search indexer: the middleware
 * (`pagefind-middleware.ts`) runs inside Astro's bundled page code, the integration
 * (`pagefind-index.ts`) in Astro's config; both run in the build's one process and meet here,
 * on a global under a registered symbol (each side has its own copy of this module).
 */
const KEY = Symbol.for('iran-syria-tracker.pagefind-pages');

export interface PageSink {
  /** Takes a page as it is built; `pathname` is the address, base path included. */
  add(pathname: string, html: string): Promise<void>;
  /** Whether the page at `pathname` goes into the index. */
  wants(pathname: string): boolean;
}

type WithSink = typeof globalThis & { [KEY]?: PageSink | undefined };

export function setPageSink(sink: PageSink | undefined): void {
  (globalThis as WithSink)[KEY] = sink;
}

export function pageSink(): PageSink | undefined {
  return (globalThis as WithSink)[KEY];
}
