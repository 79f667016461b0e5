/**
 * One build's pages on their way into Pagefind: added as they are rendered, a few in flight,
 * the first failure kept for the end of the build (`pagefind-index.ts` reports it).
 *
 * Pagefind decides at creation whether all result fragments share one file, and that depends
 * on how many pages there are: so pages are held back until there are more than
 * `groupFragmentsUpTo` (a small site), and the index is made when that is known.
 */
import * as pagefind from 'pagefind';

/**
 * Pages sent to Pagefind before rendering waits for its answers: its service answers each add
 * in turn, so a few in flight keep it busy, and the cap keeps pages from piling up in memory
 * should it fall behind.
 */
const PAGES_IN_FLIGHT = 16;

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

interface Page {
  /** Its address, base path included: the result URL. */
  url: string;
  /** Its file in the build output, for messages. */
  file: string;
  content: string;
}

export class PagefindIndexing {
  /** Pathnames handed over, as Astro reports built pages. */
  readonly added = new Set<string>();
  /** Unique words over all pages (each counted once per page), for the build log. */
  words = 0;
  #index: Promise<pagefind.PagefindIndex> | undefined;
  #held: Page[] = [];
  readonly #inFlight = new Set<Promise<void>>();
  #failure: SearchIndexError | undefined;
  readonly #groupFragmentsUpTo: number;

  constructor(groupFragmentsUpTo: number) {
    this.#groupFragmentsUpTo = groupFragmentsUpTo;
  }

  async add(pathname: string, page: Page): Promise<void> {
    this.added.add(pathname);
    if (!page.content.includes('data-pagefind-body')) {
      this.#failure ??= new SearchIndexError(
        `${page.file} has no data-pagefind-body element, so Pagefind would index its navigation and footer too.`,
      );
      return;
    }
    if (this.#index) this.#send(page);
    else {
      this.#held.push(page);
      if (this.#held.length <= this.#groupFragmentsUpTo) return;
      this.#index = createIndex({});
      for (const held of this.#held.splice(0)) this.#send(held);
    }
    while (this.#inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(this.#inFlight);
  }

  /** Waits for every page; the index, or the first failure. */
  async finish(): Promise<pagefind.PagefindIndex> {
    if (!this.#index) {
      if (this.#failure) throw this.#failure;
      this.#index = createIndex({ maxFragments: 1 });
      for (const held of this.#held.splice(0)) this.#send(held);
    }
    await Promise.all(this.#inFlight);
    if (this.#failure) throw this.#failure;
    return this.#index;
  }

  #send(page: Page): void {
    const sending = this.#index!.then((index) => index.addHTMLFile({ url: page.url, content: page.content })).then(
      (added) => {
        if (added.errors.length > 0) this.#failure ??= new SearchIndexError(`${page.file}: ${added.errors.join('; ')}`);
        else if (added.file.uniqueWords === 0)
          this.#failure ??= new SearchIndexError(`${page.file}: no searchable words found.`);
        else this.words += added.file.uniqueWords;
      },
      (error: unknown) => {
        this.#failure ??=
          error instanceof SearchIndexError ? error : new SearchIndexError(`${page.file}: ${String(error)}`);
      },
    );
    const tracked = sending.finally(() => this.#inFlight.delete(tracked));
    this.#inFlight.add(tracked);
  }
}

async function createIndex(config: { maxFragments?: number }): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', ...config });
  if (!index || errors.length > 0) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}
