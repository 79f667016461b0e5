/**
 * `npm run bench:floor -- [articles]`: how much of the build's time is Astro's own, whatever the
 * site does.
 *
 * Builds the benchmark's synthetic corpus (10,000 articles unless told otherwise; corpus.ts) as
 * the site, then as a bare Astro site with the same content and as many pages
 * (floor-project.ts), once with each of Astro's Markdown processors, and indexes the bare site's
 * article pages with Pagefind's command line, as Astro's blog starter does. The bare site on
 * remark, the Markdown library the site is built on, is what Astro costs the site for its
 * content and pages; on Sätteri, what it would cost with Astro's default Markdown. Prints the figures and writes them to tests/bench/results/floor.json.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_DIR } from '../support/built-site.ts';
import { makeCorpus } from './corpus.ts';
import { writeFloorProject, type FloorProcessor } from './floor-project.ts';
import { referenceSeconds } from './machine-speed.ts';
import { measureBuild, measureRun, pageCount, type BuildMeasure } from './measure.ts';

const articles = Number(process.argv[2] ?? 10_000);
const PROCESSORS: FloorProcessor[] = ['remark', 'satteri'];

/** Wall and CPU seconds and peak memory (GB), rounded for reading. */
function figures({ wallSeconds, cpuSeconds, peakBytes }: BuildMeasure) {
  return {
    wallSeconds: Number(wallSeconds.toFixed(1)),
    cpuSeconds: Number(cpuSeconds.toFixed(1)),
    peakGigabytes: Number((peakBytes / 1e9).toFixed(2)),
  };
}

const referenceBefore = referenceSeconds();
const corpus = makeCorpus(PROJECT_DIR, articles);
try {
  console.log(`${corpus.articles} articles, ${corpus.events} events in ${corpus.dir}: building the site...`);
  const site = await measureBuild(corpus.dir, console.log);
  const pages = pageCount(join(corpus.dir, 'dist'));

  const floors: Record<string, unknown> = {};
  for (const processor of PROCESSORS) {
    // The home page, the article pages, then one-line pages up to the site's count.
    const dir = writeFloorProject({ corpusDir: corpus.dir, processor, fillerPages: pages - corpus.articles - 1 });
    console.log(`The bare site with ${processor}: building...`);
    const build = await measureRun(dir, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], console.log);
    const index = await measureRun(
      dir,
      [join(dir, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist', '--force-language', 'en'],
      console.log,
    );
    floors[processor] = {
      pages: pageCount(join(dir, 'dist')),
      build: figures(build),
      pagefind: figures(index),
      wallSeconds: Number((build.wallSeconds + index.wallSeconds).toFixed(1)),
      cpuSeconds: Number((build.cpuSeconds + index.cpuSeconds).toFixed(1)),
    };
  }

  const report = {
    date: new Date().toISOString(),
    referenceSeconds: { before: referenceBefore, after: referenceSeconds() },
    articles: corpus.articles,
    events: corpus.events,
    pages,
    site: figures(site),
    floors,
  };
  console.log(JSON.stringify(report, null, 2));
  const results = join(PROJECT_DIR, 'tests/bench/results');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'floor.json'), `${JSON.stringify(report, null, 2)}\n`);
} finally {
  rmSync(corpus.dir, { recursive: true, force: true });
}
