/**
 * The hand-over of built pages from the renderer to the search indexer: the middleware
 * (`pagefind-middleware.ts`) runs inside Astro's bundled page code, the integration
 * (`pagefind-index.ts`) in Astro's config; both run in the build's one process and meet here,
 * on a global under a registered symbol (each side has its own copy of this module).
 */
const KEY = Symbol.for('iran-syria-tracker.pagefind-pages');

export interface PageSink {
  /**
   * Called as a page starts rendering: its place in line. Astro renders a few pages at once and
   * they finish in any order; pages join the index in the order they started, so the same site
   * gives the same index files, build after build.
   */
  begin(): number;
  /** Whether the page at `address` (base path included) goes into the index. */
  wants(address: string): boolean;
  /** Takes the page that holds `place`; resolves once it is on its way to the index. */
  add(place: number, address: string, html: string): Promise<void>;
  /** Gives up `place`: a page not indexed, or one that failed to render. */
  skip(place: number): void;
}

type WithSink = typeof globalThis & { [KEY]?: PageSink | undefined };

export function setPageSink(sink: PageSink | undefined): void {
  (globalThis as WithSink)[KEY] = sink;
}

export function pageSink(): PageSink | undefined {
  return (globalThis as WithSink)[KEY];
}
