/**
 * `npm test`: every quality gate, for a bare machine with only Node and npm.
 *   1. find a browser (install Debian's chromium when root), export CHROME_PATH
 *   2. astro check             (.astro files; also generates .astro/types.d.ts for tsc)
 *   3. tsc --noEmit            (every .ts file: src/ and tests/)
 *   4. eslint --max-warnings 0
 *   5. prettier --check
 *   6. astro build into dist/
 *   7. vitest: unit tests, with coverage of the build-time TypeScript in src/ and its threshold
 *      (tests/support/coverage-scope.ts)
 *   8. vitest: must-fail fixture builds, site tests on dist/ (browser, axe, html-validate,
 *      links, size budgets), the site under a base path, Lighthouse
 * Steps 2-5 and 7-8 report and go on, so one run shows every problem; only a missing browser
 * or a failed build stops it, as nothing after them can run. Each of steps 2-5 and the coverage
 * threshold counts as one test in the closing line "N passed, N failed[, N skipped]"; the exit
 * code is non-zero on any failure.
 * Run by the project's Node (>= 24, which strips these types); npm puts it first on PATH.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canInstallChromium, HOW_TO_GET_A_BROWSER, installChromium, locateChrome } from './support/browser.ts';
import { COVERAGE_DIR, COVERAGE_THRESHOLDS } from './support/coverage-scope.ts';
import { failuresIn, type JsonReport } from './support/vitest-report.ts';

const PROJECT_DIR = fileURLToPath(new URL('../', import.meta.url));
const bin = (path: string) => join(PROJECT_DIR, 'node_modules', path);
const ASTRO = bin('astro/bin/astro.mjs');
const VITEST = bin('vitest/vitest.mjs');
const STEPS = 8;

// Children inherit this: no telemetry or update checks, so the suite talks only to 127.0.0.1.
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' };

let step = 0;
function header(title: string): void {
  step += 1;
  console.log(`\n=== ${step}/${STEPS} ${title} ===\n`);
}

/** Gates outside vitest (checks, coverage threshold): name -> passed. */
const gates = new Map<string, boolean>();

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function summary(): { passed: number; failed: number } {
  const failedGates = [...gates].filter(([, ok]) => !ok).map(([name]) => name);
  if (failedGates.length) console.log(`\nfailed gates: ${failedGates.join(', ')}`);
  return { passed: gates.size - failedGates.length, failed: failedGates.length };
}

function stop(message: string): never {
  console.error(`\nnpm test stopped: ${message}`);
  const { passed, failed } = summary();
  console.log(`\nnpm test took ${seconds(started)}`);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}

/** Runs the project's Node on a script, output straight to the terminal; returns the exit code. */
function runNode(args: string[]): number {
  const { status, signal } = spawnSync(process.execPath, args, { cwd: PROJECT_DIR, env, stdio: 'inherit' });
  return status ?? (signal ? 128 : 1);
}

/** One check that passes or fails as a whole, timed. */
function gate(name: string, args: string[]): void {
  header(name);
  const since = performance.now();
  const ok = runNode(args) === 0;
  gates.set(name, ok);
  console.log(`\n${name}: ${ok ? 'passed' : 'FAILED'} (${seconds(since)})`);
}

interface VitestRun {
  code: number;
  report: JsonReport | undefined;
}

function vitest(args: string[]): VitestRun {
  const reportDir = mkdtempSync(join(tmpdir(), 'vitest-report-'));
  const reportFile = join(reportDir, 'report.json');
  const code = runNode([
    VITEST,
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
  ]);
  let report: JsonReport | undefined;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as JsonReport;
  } catch {
    // No report: vitest stopped before running tests (bad config, failed global setup).
  }
  rmSync(reportDir, { recursive: true, force: true });
  return { code, report };
}

/** Coverage figures from vitest's json-summary reporter, checked against the thresholds. */
function coverageGate(): void {
  type Totals = Record<'lines' | 'statements' | 'functions' | 'branches', { pct: number }>;
  let total: Totals;
  try {
    total = (
      JSON.parse(readFileSync(join(PROJECT_DIR, COVERAGE_DIR, 'coverage-summary.json'), 'utf8')) as { total: Totals }
    ).total;
  } catch {
    console.log('\ncoverage: no coverage-summary.json was written');
    gates.set('coverage', false);
    return;
  }
  const misses = Object.entries(COVERAGE_THRESHOLDS).filter(([key, min]) => total[key as keyof Totals].pct < min);
  const figures = (['lines', 'statements', 'functions', 'branches'] as const)
    .map((key) => `${key} ${total[key].pct}%`)
    .join(', ');
  const floor = Object.entries(COVERAGE_THRESHOLDS)
    .map(([key, min]) => `${key} >= ${min}%`)
    .join(', ');
  console.log(
    `\ncoverage of src/ (build-time .ts, see coverage-scope.ts) by the unit tests: ${figures} (threshold: ${floor})`,
  );
  gates.set('coverage', misses.length === 0);
}

const started = performance.now();

header('browser');
let chrome: string | undefined;
try {
  chrome = locateChrome();
  if (!chrome && canInstallChromium()) {
    console.log("No browser found; installing Debian's chromium with apt-get.");
    installChromium();
    chrome = locateChrome();
  }
} catch (error) {
  stop((error as Error).message);
}
if (!chrome) stop(HOW_TO_GET_A_BROWSER);
env['CHROME_PATH'] = chrome;
console.log(`CHROME_PATH=${chrome}`);

gate('astro check', [ASTRO, 'check']);
gate('tsc --noEmit', [bin('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json']);
gate('eslint', [bin('eslint/bin/eslint.js'), '--max-warnings', '0', '.']);
gate('prettier --check', [bin('prettier/bin/prettier.cjs'), '--check', '.']);

header('astro build');
const buildStarted = performance.now();
if (runNode([ASTRO, 'build']) !== 0) stop('astro build failed.');
console.log(`\nastro build took ${seconds(buildStarted)}`);

header('vitest: unit tests with coverage');
rmSync(join(PROJECT_DIR, COVERAGE_DIR), { recursive: true, force: true });
const unit = vitest(['--project', 'unit', '--coverage']);
coverageGate();

header('vitest: fixtures, site, base path, Lighthouse');
const rest = vitest([
  '--project',
  'fixtures',
  '--project',
  'site',
  '--project',
  'base-path',
  '--project',
  'lighthouse',
]);

console.log(`\nnpm test took ${seconds(started)}`);
const runs = [unit, rest];
const tests = { passed: 0, failed: 0, skipped: 0 };
for (const { report } of runs) {
  if (!report) continue;
  tests.passed += report.numPassedTests;
  tests.failed += report.numFailedTests;
  tests.skipped += report.numPendingTests + report.numTodoTests;
}
const gateCounts = summary();
for (const { report } of runs) for (const line of report ? failuresIn(report, PROJECT_DIR) : []) console.log(line);
// A vitest run that failed with no failed test to show for it (no report, an error in a global
// setup, an unhandled error) is one failure more; the unit run may also fail on coverage alone.
let unexplained = 0;
for (const [name, run] of [
  ['unit', unit],
  ['fixtures, site, base path, Lighthouse', rest],
] as const) {
  const explained =
    run.code === 0 || (run.report?.numFailedTests ?? 0) > 0 || (run === unit && gates.get('coverage') === false);
  if (!run.report || !explained) {
    unexplained += 1;
    console.log(
      `vitest (${name}) exited with code ${run.code}${run.report ? ' with no failed test' : ' without a report'}: see above.`,
    );
  }
}
const passed = tests.passed + gateCounts.passed;
const failed = tests.failed + gateCounts.failed + unexplained;
console.log(`${passed} passed, ${failed} failed${tests.skipped ? `, ${tests.skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
