/**
 * Measuring one build: wall time, CPU time and the peak memory of the whole process tree
 * (Astro's Node process and whatever it starts, e.g. Pagefind's binary), then the sizes of
 * what it wrote.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COPY_CONFIG } from '../support/fixture-site.ts';

/** How often the process tree's memory is sampled. */
const SAMPLE_MS = 100;

export interface BuildMeasure {
  wallSeconds: number;
  /** User + system CPU time of the tree: steadier than wall time on a busy machine. */
  cpuSeconds: number;
  /** Highest sum of resident memory over the tree, sampled every 100 ms. */
  peakBytes: number;
  /**
   * Highest resident memory of Astro's Node process alone. The sum's peak comes while Pagefind
   * writes its index beside it; this shows what the site's build holds by itself.
   */
  astroPeakBytes: number;
}

const CLOCK_TICKS = 100; // USER_HZ on Linux

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function tree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i += 1) all.push(...children(all[i]!));
  return all;
}

function rssBytes(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0; // the process ended between listing and reading
  }
}

/** CPU seconds of a process and its waited-for children, from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime are fields 14-17 (1-based), i.e. 11-14 after the ")".
    return fields.slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and everything it started, now; `childrenOnly` leaves the process out. */
export function treeRssBytes(pid: number, { childrenOnly = false } = {}): number {
  return tree(pid)
    .slice(childrenOnly ? 1 : 0)
    .reduce((sum, each) => sum + rssBytes(each), 0);
}

/** Runs `astro build` in `dir` with the project's Node, sampling memory until it exits. */
export function measureBuild(dir: string, log: (line: string) => void): Promise<BuildMeasure> {
  // The copy's own config (corpus.ts isolateCopy): its caches stay out of the shared node_modules.
  return measureRun(dir, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', COPY_CONFIG], log);
}

/**
 * Runs a Node script (`args`: the script, then its arguments) in `dir` with the project's Node,
 * sampling its process tree until it exits; logs the lines that say what was built and indexed.
 */
export function measureRun(dir: string, args: readonly string[], log: (line: string) => void): Promise<BuildMeasure> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => (output += chunk.toString());
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peakBytes = 0;
    let astroPeakBytes = 0;
    let cpu = 0;
    const timer = setInterval(() => {
      peakBytes = Math.max(peakBytes, treeRssBytes(child.pid!));
      astroPeakBytes = Math.max(astroPeakBytes, rssBytes(child.pid!));
      // The tree's CPU so far: a child that exits is folded into its parent's cutime/cstime, so
      // the sum over the processes alive now includes every one that ran (up to the last sample).
      cpu = Math.max(
        cpu,
        tree(child.pid!).reduce((sum, pid) => sum + cpuSeconds(pid), 0),
      );
    }, SAMPLE_MS);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const wallSeconds = (performance.now() - started) / 1000;
      if (code !== 0) {
        reject(new Error(`${args.join(' ')} in ${dir} exited with ${code}:\n${output.slice(-4000)}`));
        return;
      }
      log(
        output
          .split('\n')
          .filter((line) => /page\(s\) built|pagefind|Indexed/i.test(line))
          .join('\n'),
      );
      resolve({ wallSeconds, cpuSeconds: cpu, peakBytes, astroPeakBytes });
    });
  });
}

/** Total bytes of the files under `dir` (as `du -sb` counts file contents). */
export function directoryBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** The largest HTML page under `dir`, by bytes, with its path relative to `dir`. */
export function largestPage(dir: string): { path: string; bytes: number } {
  let largest = { path: '', bytes: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = statSync(path).size;
    if (bytes > largest.bytes) largest = { path: path.slice(dir.length + 1), bytes };
  }
  return largest;
}

/** Number of HTML pages under `dir`. */
export function pageCount(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.html')).length;
}
