/**
 * `npm test`: the whole suite, failing fast, for a bare machine with only Node and npm.
 *   1. find a browser (install Debian's chromium when root), export CHROME_PATH
 *   2. astro check
 *   3. astro build into dist/
 *   4. vitest run (unit, fixtures, site)
 * Ends with one line "N passed, N failed[, N skipped]" and a non-zero exit on any failure.
 * Run by the project's Node (>= 24, which strips these types); npm puts it first on PATH.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { canInstallChromium, HOW_TO_GET_A_BROWSER, installChromium, locateChrome } from './support/browser.ts';

const PROJECT_DIR = fileURLToPath(new URL('../', import.meta.url));
const ASTRO = join(PROJECT_DIR, 'node_modules/astro/bin/astro.mjs');
const VITEST = join(PROJECT_DIR, 'node_modules/vitest/vitest.mjs');

// Children inherit this: no telemetry or update checks, so the suite talks only to 127.0.0.1.
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' };

function header(title: string): void {
  console.log(`\n=== ${title} ===\n`);
}

function fail(message: string): never {
  console.error(`\nnpm test stopped: ${message}`);
  process.exit(1);
}

/** Runs the project's Node on a script, output straight to the terminal; returns the exit code. */
function runNode(args: string[]): number {
  const { status, signal } = spawnSync(process.execPath, args, { cwd: PROJECT_DIR, env, stdio: 'inherit' });
  return status ?? (signal ? 128 : 1);
}

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

const started = performance.now();

header('1/4 browser');
let chrome: string | undefined;
try {
  chrome = locateChrome();
  if (!chrome && canInstallChromium()) {
    console.log("No browser found; installing Debian's chromium with apt-get.");
    installChromium();
    chrome = locateChrome();
  }
} catch (error) {
  fail((error as Error).message);
}
if (!chrome) fail(HOW_TO_GET_A_BROWSER);
env['CHROME_PATH'] = chrome;
console.log(`CHROME_PATH=${chrome}`);

header('2/4 astro check');
if (runNode([ASTRO, 'check']) !== 0) fail('astro check found errors.');

header('3/4 astro build');
const buildStarted = performance.now();
if (runNode([ASTRO, 'build']) !== 0) fail('astro build failed.');
console.log(`\nastro build took ${seconds(buildStarted)}`);

header('4/4 vitest run');
const reportDir = mkdtempSync(join(tmpdir(), 'vitest-report-'));
const reportFile = join(reportDir, 'report.json');
const vitestCode = runNode([VITEST, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`]);

interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
let report: JsonReport | undefined;
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8')) as JsonReport;
} catch {
  // No report: vitest stopped before running tests (bad config, failed global setup).
}
rmSync(reportDir, { recursive: true, force: true });

console.log(`\nnpm test took ${seconds(started)}`);
if (!report) fail(`vitest exited with code ${vitestCode} without a report.`);
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(vitestCode === 0 && report.numFailedTests === 0 ? 0 : 1);
