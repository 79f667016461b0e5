/**
 * A built site served by `astro preview` on a free port of 127.0.0.1: the same trailing-slash,
 * 404.html and gzip handling for every test that needs a server (dist/ for the site tests, a
 * build under a base path for the base-path test).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { PROJECT_DIR } from './built-site.ts';
import { astroChildEnv } from './child-env.ts';

const START_TIMEOUT_MS = 60_000;

export interface PreviewOptions {
  /** The built site to serve; dist/ when not given. */
  outDir?: string;
  /** The base path the site was built with (BASE_PATH), e.g. "/tracker/"; "/" when not given. */
  basePath?: string;
}

export interface PreviewServer {
  /** Where the site is served, ending in "/", base path included. */
  baseUrl: string;
  stop(): Promise<void>;
}

/** A port nobody listens on right now, chosen by the system. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilServing(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`astro preview exited with code ${server.exitCode}:\n${log()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`astro preview did not answer at ${url} within ${START_TIMEOUT_MS / 1000} s:\n${log()}`);
}

export async function startPreview(options: PreviewOptions = {}): Promise<PreviewServer> {
  const base = options.basePath ?? '/';
  const port = await freePort();
  // --ignore-lock: Astro 7 allows one preview server per project (a lock file in .astro/) and
  // sends it to the background when it thinks an agent runs it; the tests run several servers
  // at once (dist/, the base-path build) and own each one as a child process they stop.
  const args = [join(PROJECT_DIR, 'node_modules/astro/bin/astro.mjs'), 'preview', '--ignore-lock'];
  args.push('--host', '127.0.0.1', '--port', String(port));
  if (options.outDir) args.push('--outDir', options.outDir);
  // The preview server reads the project's config, so it must see the base path the site was built with.
  const env = astroChildEnv({ BASE_PATH: base });
  const server = spawn(process.execPath, args, { cwd: PROJECT_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const baseUrl = new URL(base.endsWith('/') ? base : `${base}/`, `http://127.0.0.1:${port}`).href;
  try {
    await waitUntilServing(baseUrl, server, () => output);
  } catch (error) {
    server.kill();
    throw error;
  }
  return {
    baseUrl,
    async stop() {
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill();
      await exited;
    },
  };
}
