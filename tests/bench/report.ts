/**
 * Writing the benchmark's results: JSON (reports/, plus a committed copy the README points
 * to), the SVG chart, and the README's figures between `<!-- bench:start -->` and
 * `<!-- bench:end -->`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { benchmarkChart } from './chart.ts';

export interface ScaleResult {
  articles: number;
  events: number;
  pages: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakBytes: number;
  /** Astro's process alone; absent from runs before it was measured. */
  astroPeakBytes?: number;
  distBytes: number;
  pagefindBytes: number | null;
  largestPage: { path: string; bytes: number };
  firstSearch: { bytes: number; requests: number; indexRequests: number } | null;
}

export interface ScaleReport {
  date: string;
  machine: {
    cpus: number;
    memoryGigabytes: number;
    node: string;
    loadAverage: number;
    /** A fixed workload's seconds before the first build and after the last (machine-speed.ts). */
    referenceSeconds?: { before: number; after: number };
  };
  notes: string[];
  results: ScaleResult[];
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);
const kb = (bytes: number) => (bytes / 1_000).toFixed(0);
const gb = (bytes: number) => (bytes / 1_000_000_000).toFixed(2);

function table(report: ScaleReport): string {
  const rows = report.results.map((r) =>
    [
      r.articles.toLocaleString('en'),
      r.events.toLocaleString('en'),
      r.pages.toLocaleString('en'),
      r.wallSeconds.toFixed(1),
      r.cpuSeconds.toFixed(1),
      gb(r.peakBytes),
      r.astroPeakBytes === undefined ? '–' : gb(r.astroPeakBytes),
      mb(r.distBytes),
      r.pagefindBytes === null ? '–' : mb(r.pagefindBytes),
      `${kb(r.largestPage.bytes)} (${r.largestPage.path.replace(/\/?index\.html$/, '/') || '/'})`,
      r.firstSearch ? kb(r.firstSearch.bytes) : '–',
    ].join(' | '),
  );
  return [
    '| Articles | Events | Pages | Wall (s) | CPU (s) | Peak memory (GB) | Astro alone (GB) | dist/ (MB) | Index (MB) | Largest page (KB) | First search (KB) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :--- | ---: |',
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}

/** The machine's speed in words, for comparing runs (machine-speed.ts). */
const speed = (reference: ScaleReport['machine']['referenceSeconds']) =>
  reference
    ? ` A fixed JavaScript workload (\`tests/bench/machine-speed.ts\`) took ${reference.before.toFixed(2)} s before the first build and ${reference.after.toFixed(2)} s after the last (the machine's speed at the time, for comparing runs).`
    : '';

export function readmeSection(report: ScaleReport, chartPath: string): string {
  const { machine } = report;
  return [
    START,
    `Latest run: ${report.date.slice(0, 10)}, ${machine.cpus} CPUs, ${machine.memoryGigabytes} GB, Node ${machine.node}, load average ${machine.loadAverage.toFixed(1)} (1-minute, at the end of the run: other work on the machine stretches wall time; CPU time much less).${speed(machine.referenceSeconds)} Produced by \`npm run bench\`; full figures in [\`tests/bench/results/latest.json\`](tests/bench/results/latest.json).`,
    '',
    table(report),
    '',
    `![Build time and peak memory against the number of articles](${chartPath})`,
    '',
    ...report.notes.map((note) => `- ${note}`),
    END,
  ].join('\n');
}

export async function writeReport(
  report: ScaleReport,
  paths: { json: string[]; svg: string; readme: string },
): Promise<void> {
  for (const path of paths.json) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(report, null, 2) + '\n');
  }
  const caption = `astro build with Pagefind, synthetic corpora cloned from the six real articles, ${report.date.slice(0, 10)}`;
  writeFileSync(
    paths.svg,
    benchmarkChart(
      report.results.map((r) => ({
        articles: r.articles,
        wallSeconds: r.wallSeconds,
        peakGigabytes: r.peakBytes / 1e9,
      })),
      caption,
    ),
  );
  const readme = readFileSync(paths.readme, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${paths.readme} has no ${START} ... ${END} section to update`);
  const updated =
    readme.slice(0, start) + readmeSection(report, 'tests/bench/results/latest.svg') + readme.slice(end + END.length);
  // Formatted as `npm test`'s Prettier check wants it (the table's columns aligned).
  const options = await resolveConfig(paths.readme);
  writeFileSync(paths.readme, await format(updated, { ...options, filepath: paths.readme }));
}
