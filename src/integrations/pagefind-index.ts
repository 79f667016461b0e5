/**
 * Builds the Pagefind search index into `dist/pagefind/` at the end of every build.
 *
 * A build without a search index is a failed build: any indexing error, a searchable page
 * without `data-pagefind-body`, a page that yields no words, or an index that does not hold
 * exactly the searchable pages stops the build with a message naming the page.
 *
 * Pages are added one by one (not `addDirectory`) so the index holds exactly the pages we
 * mean it to, with result URLs that carry the site's base path.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

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
}

/** The part of Pagefind's `pagefind-entry.json` read here. */
interface EntryFile {
  languages: Record<string, { page_count: number }>;
}

/** Pages sent to Pagefind before the first answer is awaited. */
const PAGES_IN_FLIGHT = 8;

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

export function pagefindIndex({
  include,
  bundleDirectory = 'pagefind',
  indexChunkSize,
  groupFragmentsUpTo = 0,
}: PagefindIndexOptions): AstroIntegration {
  let base = '/';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const pathnames = pages.map((page) => page.pathname).filter((pathname) => include.test(pathname));
        if (pathnames.length === 0) {
          throw new SearchIndexError(`No built page matches ${include}: there is nothing to index for search.`);
        }
        // The Pagefind service is a child process and reads its settings from the environment.
        if (indexChunkSize) process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = String(indexChunkSize);
        try {
          const grouped = pathnames.length <= groupFragmentsUpTo;
          const { index, errors } = await pagefind.createIndex({
            forceLanguage: 'en',
            ...(grouped ? { maxFragments: 1 } : {}),
          });
          if (!index || errors.length > 0) throw new SearchIndexError(`Pagefind could not start: ${errors.join('; ')}`);

          // Several pages in flight at once: Pagefind's service answers each add in turn, and
          // waiting for every answer before sending the next page leaves it idle between pages.
          let words = 0;
          const queue = [...pathnames];
          const addNext = async (): Promise<void> => {
            for (let pathname = queue.shift(); pathname !== undefined; pathname = queue.shift()) {
              const file = new URL(`${pathname}index.html`, dir);
              const content = await readFile(file, 'utf8');
              if (!content.includes('data-pagefind-body')) {
                throw new SearchIndexError(
                  `${fileURLToPath(file)} has no data-pagefind-body element, so Pagefind would index its navigation and footer too.`,
                );
              }
              const url = `${base.replace(/\/+$/, '')}/${pathname.replace(/^\/+/, '')}`;
              const added = await index.addHTMLFile({ url, content });
              if (added.errors.length > 0)
                throw new SearchIndexError(`${fileURLToPath(file)}: ${added.errors.join('; ')}`);
              if (added.file.uniqueWords === 0)
                throw new SearchIndexError(`${fileURLToPath(file)}: no searchable words found.`);
              words += added.file.uniqueWords;
            }
          };
          await Promise.all(Array.from({ length: PAGES_IN_FLIGHT }, addNext));

          const outputPath = fileURLToPath(new URL(`${bundleDirectory}/`, dir));
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length > 0)
            throw new SearchIndexError(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
          // Exactly the searchable pages: anything else means pages were dropped or doubled.
          // (Read back from disk: asking the service for its files would copy the whole index.)
          const entry = JSON.parse(await readFile(`${outputPath}/pagefind-entry.json`, 'utf8')) as EntryFile;
          const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
          if (indexed !== pathnames.length) {
            throw new SearchIndexError(
              `The search index holds ${indexed} pages, expected ${pathnames.length} (${pathnames.join(', ')}).`,
            );
          }
          logger.info(
            `Indexed ${pathnames.length} pages into ${outputPath} (${words} words, each counted once per page)`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
