/**
 * One build's pages on their way into Pagefind: added as they are rendered, a few in flight,
 * the index written in parts (`src/lib/search/index-parts.ts`), each part while the next fills
 * (the last at the end), the first failure kept for the end of the build (`pagefind-index.ts`
 * reports it).
 *
 * Pagefind decides at creation whether all result fragments share one file, and that depends
 * on how many pages there are: so pages are held back until there are more than
 * `groupFragmentsUpTo` (a small site), and the first part is made when that is known.
 */
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { indexPartOf } from '../lib/search/index-parts.ts';
import { releaseMemoryInBuild } from './release-memory.ts';

/**
 * Pages sent to Pagefind before rendering waits for its answers: its service answers each add
 * in turn, so a few in flight keep it busy, and the cap keeps pages from piling up in memory
 * should it fall behind.
 *
 * Not while a part is being written: the service answers nothing else until the write is done
 * (4-9 s a part at 10,000 articles), so waiting for answers then stopped Astro's rendering for
 * the whole write (the build's process used no CPU for 3-4 s at each of three parts). Pages
 * then wait in line behind the write instead, up to a part's worth (at 10,000 articles 1,100 to
 * 1,500 of them, about 40 MB).
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

export interface IndexingOptions {
  /** Up to this many pages in all, each part keeps its result fragments in one file. */
  groupFragmentsUpTo: number;
  /** Pages per part of the index. */
  pagesPerPart: number;
  /** The folder part `part` (0 for the first) is written to. */
  partPath: (part: number) => string;
}

/** One Pagefind index: a part of the site's. */
interface Part {
  index: Promise<pagefind.PagefindIndex>;
  /** Its pages not yet answered for. */
  sending: Promise<void>[];
}

export class PagefindIndexing {
  /** Pathnames handed over, as Astro reports built pages. */
  readonly added = new Set<string>();
  /** Unique words over all pages (each counted once per page), for the build log. */
  words = 0;
  /** The folder of each part written, in order. */
  readonly written: string[] = [];
  readonly #options: IndexingOptions;
  /** Set once the site is known to be small (true) or not (false). */
  #grouped: boolean | undefined;
  #held: Page[] = [];
  #sent = 0;
  #open: Part | undefined;
  #parts = 0;
  readonly #inFlight = new Set<Promise<void>>();
  /** Parts are written one after another, so no two writes' memory adds up. */
  #writes: Promise<void> = Promise.resolve();
  /** Parts closed and not yet written: while there are any, pages wait in line behind the write. */
  #closed = 0;
  #failure: SearchIndexError | undefined;

  constructor(options: IndexingOptions) {
    this.#options = options;
  }

  async add(pathname: string, page: Page): Promise<void> {
    this.added.add(pathname);
    if (!page.content.includes('data-pagefind-body')) {
      this.#failure ??= new SearchIndexError(
        `${page.file} has no data-pagefind-body element, so Pagefind would index its navigation and footer too.`,
      );
      return;
    }
    if (this.#grouped !== undefined) this.#send(page);
    else {
      this.#held.push(page);
      if (this.#held.length <= this.#options.groupFragmentsUpTo) return;
      this.#grouped = false;
      for (const held of this.#held.splice(0)) this.#send(held);
    }
    while (this.#inFlight.size >= this.#pagesInFlight()) await Promise.race(this.#inFlight);
  }

  #pagesInFlight(): number {
    return this.#closed > 0 ? Math.max(PAGES_IN_FLIGHT, this.#options.pagesPerPart) : PAGES_IN_FLIGHT;
  }

  /** Waits for every page and every part's write; the parts' folders, or the first failure. */
  async finish(): Promise<string[]> {
    if (this.#grouped === undefined) {
      if (this.#failure) throw this.#failure;
      this.#grouped = true;
      for (const held of this.#held.splice(0)) this.#send(held);
    }
    this.#close({ whileRendering: false });
    await this.#writes;
    if (this.#failure) throw this.#failure;
    return this.written;
  }

  #send(page: Page): void {
    const part = indexPartOf(this.#sent++, this.#options.pagesPerPart);
    // A part is written when the first page of the next one comes, not as soon as it is full:
    // the last part is then written at the end, after Astro has handed back the pages' memory
    // (release-memory.ts). At 10,000 articles, written as soon as it was full, its write met the
    // entity pages' peak: 4.35 GB summed over both processes, against 3.73 GB (one build each).
    if (!this.#open || part === this.#parts) {
      this.#close({ whileRendering: true });
      this.#open = { index: createIndex(this.#grouped ? { maxFragments: 1 } : {}), sending: [] };
      this.#parts += 1;
    }
    const sending = this.#open.index
      .then((index) => index.addHTMLFile({ url: page.url, content: page.content }))
      .then(
        (added) => {
          if (added.errors.length > 0)
            this.#failure ??= new SearchIndexError(`${page.file}: ${added.errors.join('; ')}`);
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
    this.#open.sending.push(sending);
  }

  /**
   * Writes the open part once its pages are in, then frees it in Pagefind's process. A part
   * written while the pages render first has Astro's process hand back what it can: at 10,000
   * articles, Astro's 1.8 GiB and the write's 1 GiB were the build's highest sum. (The last part
   * is written once the pages are built, after `release-memory.ts` has done the same.)
   */
  #close({ whileRendering }: { whileRendering: boolean }): void {
    const part = this.#open;
    if (!part) return;
    this.#open = undefined;
    const number = this.#parts - 1;
    const outputPath = this.#options.partPath(number);
    this.#closed += 1;
    this.#writes = this.#writes
      .then(async () => {
        await Promise.all(part.sending);
        const index = await part.index;
        if (whileRendering) releaseMemoryInBuild(`before writing search index part ${number + 1}`);
        const { errors } = await index.writeFiles({ outputPath });
        if (errors.length > 0)
          throw new SearchIndexError(`Pagefind could not write ${outputPath}: ${errors.join('; ')}`);
        if (number > 0) await keepIndexOnly(outputPath);
        this.written.push(outputPath);
        await index.deleteIndex();
      })
      .catch((error: unknown) => {
        this.#failure ??=
          error instanceof SearchIndexError ? error : new SearchIndexError(`${outputPath}: ${String(error)}`);
      })
      .finally(() => {
        this.#closed -= 1;
      });
  }
}

/**
 * The files a merged part is read from. Pagefind writes its whole bundle with every index
 * (`pagefind.js`, the WebAssembly, its UI: 0.6 MB), but a merged part only lends its index:
 * the search page runs the first part's script and WebAssembly.
 */
const MERGED_PART_FILES = /^(?:pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|index|filter|fragment)$/;

async function keepIndexOnly(outputPath: string): Promise<void> {
  for (const name of await readdir(outputPath))
    if (!MERGED_PART_FILES.test(name)) await rm(join(outputPath, name), { recursive: true });
}

async function createIndex(config: { maxFragments?: number }): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', ...config });
  if (!index || errors.length > 0) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);
  return index;
}
