/**
 * Scale benchmark (`npm run bench`, not part of `npm test`): builds synthetic corpora of
 * 100, 1,000 and 10,000 articles (or the sizes given: `npm run bench -- 100 1000`) in
 * temporary copies of the project, and records wall and CPU time, peak memory, the size of
 * dist/ and of the Pagefind index, the largest page, and the bytes of a first search.
 *
 * Fails when the goals are missed: 10,000 articles in under 90 s and 3 GB, time growing no
 * worse than linearly, and no page growing with the corpus (largest page at most 1.5x from
 * the smallest corpus of 1,000 or more to the largest).
 */
import { existsSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { PROJECT_DIR } from '../support/built-site.ts';
import { makeCorpus } from './corpus.ts';
import { measureFirstSearch } from './first-search.ts';
import { referenceSeconds } from './machine-speed.ts';
import { directoryBytes, largestPage, measureBuild, pageCount } from './measure.ts';
import { writeReport, type ScaleReport, type ScaleResult } from './report.ts';

const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const sizes = SIZES.length ? SIZES : [100, 1_000, 10_000];
const QUERY = 'Hezbollah';
const GOAL = { articles: 10_000, seconds: 90, bytes: 3e9, pageGrowth: 1.5 };

const results: ScaleResult[] = [];
const notes: string[] = [
  `Corpora clone the six real articles (headline suffixed "(copy k)", day dates spread over 2011-2024, a closing paragraph naming the copy so that no two texts are the same) and their timeline events in proportion (about 6.7 per article, citations re-pointed to the copies); claims, figures and questions are the originals only.`,
  `Wall time is of \`astro build\` (site and Pagefind index); peak memory is the highest sum of resident memory over the build's process tree (Astro's Node process and Pagefind's), sampled every 100 ms; "Astro alone" is the highest of Astro's process by itself.`,
  `First search: /search/?q=${QUERY} in Chromium, served with gzip from 127.0.0.1; bytes over the wire for the page and everything it fetched.`,
];

const referenceBefore = referenceSeconds();
for (const size of sizes) {
  const corpus = makeCorpus(PROJECT_DIR, size);
  console.log(`\n${corpus.articles} articles, ${corpus.events} events in ${corpus.dir}: building...`);
  try {
    const build = await measureBuild(corpus.dir, console.log);
    const dist = join(corpus.dir, 'dist');
    const pagefind = join(dist, 'pagefind');
    const firstSearch = await measureFirstSearch(dist, QUERY);
    const result: ScaleResult = {
      articles: corpus.articles,
      events: corpus.events,
      pages: pageCount(dist),
      ...build,
      distBytes: directoryBytes(dist),
      pagefindBytes: existsSync(pagefind) ? directoryBytes(pagefind) : null,
      largestPage: largestPage(dist),
      firstSearch: firstSearch ?? null,
    };
    results.push(result);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    if (!process.env['BENCH_KEEP']) rmSync(corpus.dir, { recursive: true, force: true });
  }
}

if (results.some((r) => r.pagefindBytes === null))
  notes.push('Index and first search: not measured, this build has no Pagefind index or no /search/ page.');

const report: ScaleReport = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    memoryGigabytes: Math.round(totalmem() / 1e9),
    node: process.versions.node,
    loadAverage: loadavg()[0]!,
    referenceSeconds: { before: referenceBefore, after: referenceSeconds() },
  },
  notes,
  results,
};
await writeReport(report, {
  json: [join(PROJECT_DIR, 'reports/bench-scale.json'), join(PROJECT_DIR, 'tests/bench/results/latest.json')],
  svg: join(PROJECT_DIR, 'tests/bench/results/latest.svg'),
  readme: join(PROJECT_DIR, 'README.md'),
});

// The goals, checked on whatever sizes ran.
const failures: string[] = [];
const largest = results.at(-1)!;
if (largest.articles >= GOAL.articles) {
  if (largest.wallSeconds > GOAL.seconds)
    failures.push(`${largest.articles} articles took ${largest.wallSeconds.toFixed(1)} s (goal < ${GOAL.seconds} s)`);
  if (largest.peakBytes > GOAL.bytes)
    failures.push(`${largest.articles} articles peaked at ${(largest.peakBytes / 1e9).toFixed(2)} GB (goal < 3 GB)`);
}
for (let i = 1; i < results.length; i += 1) {
  const [a, b] = [results[i - 1]!, results[i]!];
  // Linear growth means time per article does not rise; CPU time is the steadier measure (fixed start-up cost aside).
  if (b.cpuSeconds / b.articles > (a.cpuSeconds / a.articles) * 1.25)
    failures.push(`CPU time per article grew from ${a.articles} to ${b.articles} articles: worse than linear`);
}
const baseline = results.find((r) => r.articles >= 1_000);
if (baseline && largest !== baseline && largest.largestPage.bytes > baseline.largestPage.bytes * GOAL.pageGrowth)
  failures.push(
    `the largest page grew from ${baseline.largestPage.bytes} B (${baseline.largestPage.path}) at ${baseline.articles} articles to ${largest.largestPage.bytes} B (${largest.largestPage.path}) at ${largest.articles}`,
  );
if (failures.length) {
  console.error(`\nGoals missed:\n- ${failures.join('\n- ')}`);
  process.exitCode = 1;
} else console.log('\nAll goals met for the sizes run.');
