/**
 * Hands the memory V8 keeps after a peak back to the system, at two points of a build: once the
 * story every page reads is built, and once the pages are built.
 *
 * Why: V8 keeps what a collection frees for reuse (the heap's grown size and a pool of freed
 * pages), so the build's resident memory stays at its highest point until the process exits,
 * long after the data that needed it is gone.
 * - Building the story (`src/data/story.ts`, on the first pages) takes the heap to 2.4 GiB at
 *   10,000 articles, of which 0.9 GiB stays live; Astro's process then rendered every page at
 *   2.7 GiB. With a collection that returns memory (`releaseMemory`, 2 s) right after, it
 *   renders them at 1.8-1.9 GiB. Pagefind's process writes each part of the index (about
 *   1 GiB) while the pages render, so the build's summed memory then was 3.7 GiB, and is
 *   2.9 GiB (sampled every 2 s).
 * - Once the pages are built (`astro:build:generated`), Pagefind writes the last part while
 *   Astro's process only waits: at 10,000 articles that process held 2.9 GiB then, and 1.6 GiB
 *   after the collection (about 3 s).
 * A collection between the content sync and the pages as well lowered Astro's peak by about
 * 0.1 GiB, and in the one build that tried it the pages took 9 s longer, as the heap grew back.
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

/** Set while a build runs: where `storyBuilt` logs (page code and config each have a copy of this module). */
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
 * Called by `src/data/story.ts` once the story is built: during `astro build`, the garbage its
 * building left is handed back before the pages fill the heap again. Elsewhere (`astro dev`,
 * tests) it does nothing.
 */
export function storyBuilt(): void {
  const logger = (globalThis as WithLogger)[BUILD_LOGGER];
  if (logger) releaseAndLog(logger, 'story built');
}

export function releaseMemoryAfterPeaks(): AstroIntegration {
  return {
    name: 'release-memory',
    hooks: {
      'astro:build:start': ({ logger }) => {
        (globalThis as WithLogger)[BUILD_LOGGER] = logger;
      },
      'astro:build:generated': ({ logger }) => {
        (globalThis as WithLogger)[BUILD_LOGGER] = undefined;
        releaseAndLog(logger, 'pages built');
      },
    },
  };
}
