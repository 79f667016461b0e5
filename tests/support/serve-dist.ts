/**
 * Vitest global setup for the `site` project: serves the already-built dist/ with
 * `astro preview` (same trailing-slash and 404.html handling as the build expects) on a free
 * port of 127.0.0.1, and provides its base URL to the tests as `inject('baseUrl')`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { assertDistBuilt, PROJECT_DIR } from './built-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, ending in "/" (base path included). */
    baseUrl: string;
  }
}

const START_TIMEOUT_MS = 60_000;

function freePort(): Promise<number> {
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

export default async function serveDist(project: TestProject): Promise<() => Promise<void>> {
  assertDistBuilt();
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [join(PROJECT_DIR, 'node_modules/astro/bin/astro.mjs'), 'preview', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: PROJECT_DIR, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  const base = process.env['BASE_PATH'] ?? '/';
  const baseUrl = new URL(base.endsWith('/') ? base : `${base}/`, `http://127.0.0.1:${port}`).href;
  try {
    await waitUntilServing(baseUrl, server, () => output);
  } catch (error) {
    server.kill();
    throw error;
  }
  project.provide('baseUrl', baseUrl);

  return async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill();
    await exited;
  };
}
