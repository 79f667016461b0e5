/**
 * Builds the Pagefind search index into `dist/pagefind/` in every build: one index, or for a big
 * story several parts (`src/lib/search/index-parts.ts`), the others in `dist/pagefind/part-N/`.
 *
 * A build without a search index is a failed build: any indexing error, a searchable page
 * without `data-pagefind-body`, a page that yields no words, or an index that does not hold
 * exactly the searchable pages stops the build with a message naming the page.
 *
 * Pages are added one by one (not `addDirectory`) so the index holds exactly the pages we
 * mean it to, with result URLs that carry the site's base path. They are added as they are
 * rendered (`pagefind-middleware.ts`): Pagefind indexes on its own process while Astro renders
 * the other pages, and at 10,000 articles indexing after the last page cost 32 s of the build.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import * as pagefind from 'pagefind';
import { EXIT, visit } from 'unist-util-visit';
import { joinPath } from '../lib/paths.ts';
import { indexPartDirectories, indexPartDirectory, indexPartPages } from '../lib/search/index-parts.ts';
import { InOrder } from './in-order.ts';
import { PagefindIndexing, SearchIndexError } from './pagefind-indexing.ts';
import { setPageSink } from './pagefind-pages.ts';

export interface PagefindIndexOptions {
  /** Which built pages are searchable, by pathname as Astro reports it ("articles/slug/"). */
  include: RegExp;
  /** Directory of the bundle inside the build output; the search page loads it from there. */
  bundleDirectory?: string;
  /**
   * Target size of an index chunk (Pagefind's `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`). A search
   * downloads only the chunks holding its words; Pagefind's default puts a site this size in
   * one 15 KB chunk, 200 gives chunks of about 0.5 KB. Should Pagefind drop the setting, the
   * index is simply bigger per search (the search benchmark would show it).
   */
  indexChunkSize?: number;
  /**
   * Up to this many pages, all result fragments go in one file. Results appear as the reader
   * types, and the first letters of a word match nearly every article, so a small site loads
   * every fragment anyway: in one file that is one request and fewer bytes (13 KB instead of
   * 16 KB for six articles). A bigger site keeps one fragment per page, loaded per result.
   */
  groupFragmentsUpTo?: number;
  /**
   * The search page, by pathname ("search/"): the build checks that the index folders its
   * `data-config` lists (`SearchPage.astro`, which counts the parts from the story's articles)
   * are exactly the parts written (counted from the pages that matched `include`).
   */
  searchPage?: string;
}

/** The part of Pagefind's `pagefind-entry.json` read here. */
interface EntryFile {
  languages: Record<string, { page_count: number }>;
}

export function pagefindIndex({
  include,
  bundleDirectory = 'pagefind',
  indexChunkSize,
  groupFragmentsUpTo = 0,
  searchPage,
}: PagefindIndexOptions): AstroIntegration {
  let base = '/';
  let outDir: URL | undefined;
  let indexing: PagefindIndexing | undefined;
  /** The index being written: its parts' folders once done. */
  let writing: Promise<string[]> | undefined;
  let pagesPerPart = 0;
  /** The page's path as Astro reports built pages ("articles/slug/"), from its address. */
  const pathnameOf = (address: string) => address.slice(base.length).replace(/^\/+/, '');
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command !== 'build') return;
        addMiddleware({ entrypoint: new URL('./pagefind-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        // The Pagefind service is a child process and reads its settings from the environment.
        if (indexChunkSize) process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(indexChunkSize);
        pagesPerPart = indexPartPages();
        const bundle = new URL(`${bundleDirectory}/`, outDir);
        const current = (indexing = new PagefindIndexing({
          groupFragmentsUpTo,
          pagesPerPart,
          partPath: (part) => fileURLToPath(new URL(indexPartDirectory(part), bundle)),
        }));
        const line = new InOrder();
        setPageSink({
          begin: () => line.take(),
          wants: (address) => include.test(pathnameOf(address)),
          add: (place, address, content) => {
            const pathname = pathnameOf(address);
            const file = fileURLToPath(new URL(`${pathname}index.html`, outDir));
            return line.run(place, () => current.add(pathname, { url: address, file, content }));
          },
          skip: (place) => line.skip(place),
        });
      },
      // The last part's write starts as soon as the last page is rendered, while Astro finishes
      // its build and the other integrations run; the checks wait for build:done, which lists
      // the pages.
      'astro:build:generated': () => {
        writing =
          indexing?.finish() ??
          Promise.reject(new SearchIndexError('The search index was never started (astro:build:start did not run).'));
        // Handled in build:done; until then a failure must not count as unhandled.
        writing.catch(() => {});
      },
      'astro:build:done': async ({ pages, logger }) => {
        setPageSink(undefined);
        try {
          const pathnames = pages.map((page) => page.pathname).filter((pathname) => include.test(pathname));
          if (pathnames.length === 0) {
            throw new SearchIndexError(`No built page matches ${include}: there is nothing to index for search.`);
          }
          if (!writing)
            throw new SearchIndexError('The search index was never written (astro:build:generated did not run).');
          const parts = await writing;
          const missed = pathnames.filter((pathname) => !indexing!.added.has(pathname));
          if (missed.length > 0) {
            throw new SearchIndexError(`Built but never handed to the search index: ${missed.join(', ')}.`);
          }
          // The parts the search page loads, for this many pages (it counts the same way).
          const expected = indexPartDirectories(pathnames.length, pagesPerPart).length;
          if (parts.length !== expected) {
            throw new SearchIndexError(
              `The search index was written in ${parts.length} parts, expected ${expected} for ${pathnames.length} pages of ${pagesPerPart} a part.`,
            );
          }
          // Exactly the searchable pages: anything else means pages were dropped or doubled.
          // (Read back from disk: asking the service for its files would copy the whole index.)
          let indexed = 0;
          for (const part of parts) {
            const entry = JSON.parse(await readFile(`${part}/pagefind-entry.json`, 'utf8')) as EntryFile;
            indexed += Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
          }
          if (indexed !== pathnames.length) {
            throw new SearchIndexError(
              `The search index holds ${indexed} pages, expected ${pathnames.length} (${pathnames.join(', ')}).`,
            );
          }
          if (searchPage !== undefined) {
            const page = fileURLToPath(new URL(`${searchPage}index.html`, outDir));
            const loads = await indexFoldersLoadedBy(page);
            const written = indexPartDirectories(pathnames.length, pagesPerPart).map((directory) =>
              joinPath(base, `${bundleDirectory}/${directory}`),
            );
            if (loads.join() !== written.join()) {
              throw new SearchIndexError(
                `${page} loads the search index from ${loads.join(', ') || 'nowhere'}, but the build wrote it to ${written.join(', ')}.`,
              );
            }
          }
          const inParts = parts.length > 1 ? ` in ${parts.length} parts of up to ${pagesPerPart} pages` : '';
          logger.info(
            `Indexed ${pathnames.length} pages into ${parts[0]}${inParts} (${indexing!.words} words, each counted once per page)`,
          );
        } finally {
          indexing = undefined;
          writing = undefined;
          await pagefind.close();
        }
      },
    },
  };
}

/** The index folders a search page loads: its `<search-page data-config>`'s bundle, then its parts. */
export async function indexFoldersLoadedBy(file: string): Promise<string[]> {
  const html = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new SearchIndexError(`The search page ${file} could not be read: ${String(error)}`);
  });
  let config: { bundle?: unknown; parts?: unknown } = {};
  visit(fromHtml(html), 'element', (element) => {
    if (element.tagName !== 'search-page') return;
    config = JSON.parse(String(element.properties['dataConfig'] ?? '{}')) as typeof config;
    return EXIT;
  });
  const { bundle, parts = [] } = config;
  if (typeof bundle !== 'string' || !Array.isArray(parts))
    throw new SearchIndexError(`${file} has no <search-page data-config> naming the search index it loads.`);
  return [bundle, ...parts.map(String)];
}
