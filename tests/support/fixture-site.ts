/**
 * Small copies of the site for builds that must fail: the project's code and config, its
 * publishers and captures, one good article, and a case's files laid over them.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { PROJECT_DIR } from './built-site.ts';
import { astroChildEnv } from './child-env.ts';

export const GOOD_ARTICLE = 'content/articles/iran-denies-reducing-its-forces-in-syria.md';
const COPIED = [
  'src',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'content/publishers',
  'content/captures',
  GOOD_ARTICLE,
];
const BUILD_TIMEOUT_MS = 150_000;

export interface FixtureOptions {
  /** Project paths to delete after the overlay, e.g. the good article. */
  remove?: readonly string[];
}

export interface FixtureBuild {
  /** Exit code of `astro build`; null when it was killed. */
  code: number | null;
  /** stdout and stderr together, without colour codes. */
  output: string;
}

/**
 * Builds the project with `caseDir` (a folder mirroring the project tree) laid over it,
 * in a temporary directory that is removed afterwards.
 */
export async function buildFixture(caseDir: string, options: FixtureOptions = {}): Promise<FixtureBuild> {
  const root = mkdtempSync(join(tmpdir(), 'fixture-site-'));
  try {
    for (const path of COPIED) cpSync(join(PROJECT_DIR, path), join(root, path), { recursive: true });
    cpSync(caseDir, root, { recursive: true });
    for (const path of options.remove ?? []) rmSync(join(root, path), { recursive: true, force: true });
    symlinkSync(join(PROJECT_DIR, 'node_modules'), join(root, 'node_modules'), 'dir');
    isolateCopy(root);
    return await buildCopy(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The config a copy of the project builds with (`isolateCopy`). */
export const COPY_CONFIG = 'astro.copy.mjs';

/**
 * Makes a copy of the project (with `node_modules` symlinked to the real one) build on its own.
 * Astro keeps its content store, and Vite its dependency cache, inside node_modules: through the
 * symlink every copy (and the real site) would share them and see, or clear, each other's entries.
 */
export function isolateCopy(root: string): void {
  writeFileSync(
    join(root, COPY_CONFIG),
    "import config from './astro.config.mjs';\n" +
      "export default { ...config, cacheDir: './.cache/astro/', vite: { ...config.vite, cacheDir: './.cache/vite/' } };\n",
  );
}

/** Runs `astro build` in a copy of the project made to build on its own (`isolateCopy`). */
export function buildCopy(root: string): Promise<FixtureBuild> {
  return astroBuild(root, ['--config', COPY_CONFIG]);
}

/** Runs `astro build` with `args` in `cwd`, `env` added to the child's environment. */
export function astroBuild(
  cwd: string,
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<FixtureBuild> {
  return run(cwd, [join(PROJECT_DIR, 'node_modules/astro/bin/astro.mjs'), 'build', ...args], env);
}

function run(cwd: string, args: string[], env: Record<string, string> = {}): Promise<FixtureBuild> {
  return new Promise((resolve, reject) => {
    // process.execPath: the project's Node (24), whichever `node` is first on PATH.
    const child = spawn(process.execPath, args, {
      cwd,
      env: astroChildEnv({ ...env, NO_COLOR: '1' }),
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: BUILD_TIMEOUT_MS,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output: stripVTControlCharacters(output) }));
  });
}
