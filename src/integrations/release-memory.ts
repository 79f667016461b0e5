/**
 * Hands the memory V8 keeps after a peak back to the system, at the points of a build where it
 * matters: once the content is synced, once the story every page reads is built, before each
 * part of the search index written while the pages render, and once the pages are built.
 *
 * Why: V8 keeps what a collection frees for reuse (the heap's grown size and a pool of freed
 * pages), so the build's resident memory stays at its highest point until the process exits,
 * long after the data that needed it is gone. At 10,000 articles (resident memory sampled about
 * every 0.1 s; each collection that returns memory, `releaseMemory`, takes 1-3 s):
 * - Astro writes its content store as the sync ends, which took its process to 2.5-2.6 GiB;
 *   collected once it is synced (`astro:build:start`), 1.0 GiB.
 * - Building the story (`src/data/story.ts`, on the first pages) took the heap to 2.4 GiB, of
 *   which 0.9 GiB stays live; without a collection after it, Astro's process rendered every
 *   page at 2.7 GiB, with one, at 1.8 GiB.
 * - Pagefind's process writes each part of the index (about 1 GiB) while the pages render
 *   (`pagefind-indexing.ts`): collected just before, Astro's process is at 1.4 GiB then, and
 *   the two add up to 2.5 GiB, not 2.8.
 * - Once the pages are built (`astro:build:generated`), Pagefind writes the last part while
 *   Astro's process only waits: 2.9 GiB before the collection, 1.6 GiB after.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's `gc()` with its options (as @types/node declares it for `--expose-gc`). */
type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/**
 * A full collection that returns freed memory to the system (V8's "last resort" flavour, as
 * under memory pressure). Node gives scripts `gc()` only with `--expose-gc`, which `astro build`
 * does not have; as Jest's leak detector does, the flag is set for one new context's `gc` and
 * then cleared, so no other code sees a `gc` it did not ask for.
 */
export function releaseMemory(): void {
  setFlagsFromString('--expose-gc');
  const collect = runInNewContext('gc') as Collect;
  setFlagsFromString('--no-expose-gc');
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

const gigabytes = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;

/**
 * Set while a build runs: where `releaseMemoryInBuild` logs (page code and config each have a
 * copy of this module).
 */
const BUILD_LOGGER = Symbol.for('iran-syria-tracker.release-memory');
type WithLogger = typeof globalThis & { [BUILD_LOGGER]?: Pick<AstroIntegrationLogger, 'debug'> | undefined };

/** Collects, and says in the debug log how much resident memory that handed back. */
function releaseAndLog(logger: Pick<AstroIntegrationLogger, 'debug'>, moment: string): void {
  const before = process.memoryUsage.rss();
  const started = performance.now();
  releaseMemory();
  logger.debug(
    `${moment}: resident ${gigabytes(before)} -> ${gigabytes(process.memoryUsage.rss())} ` +
      `(${Math.round(performance.now() - started)} ms)`,
  );
}

/**
 * During `astro build`, hands back the memory a heavy step left behind (`moment` says which, in
 * the debug log); elsewhere (`astro dev`, tests) does nothing. Called once the story is built
 * (`src/data/story.ts`), and before Pagefind's process writes a part of the index while the
 * pages render (`pagefind-indexing.ts`), so that the two processes' peaks do not add up.
 */
export function releaseMemoryInBuild(moment: string): void {
  const logger = (globalThis as WithLogger)[BUILD_LOGGER];
  if (logger) releaseAndLog(logger, moment);
}

export function releaseMemoryAfterPeaks(): AstroIntegration {
  return {
    name: 'release-memory',
    hooks: {
      // Astro has synced the content: its store's write took the heap up by 1.1 GiB.
      'astro:build:start': ({ logger }) => {
        releaseAndLog(logger, 'content synced');
        (globalThis as WithLogger)[BUILD_LOGGER] = logger;
      },
      'astro:build:generated': ({ logger }) => {
        (globalThis as WithLogger)[BUILD_LOGGER] = undefined;
        releaseAndLog(logger, 'pages built');
      },
    },
  };
}
