/**
 * The environment for an `astro` child process started from a test. Vitest copies Vite's
 * `import.meta.env` into the worker's process.env (BASE_URL=/, SITE, MODE=test, DEV=1, ...) and
 * sets NODE_ENV=test; Astro reads process.env for `import.meta.env` at build time, so a child
 * build would inherit BASE_URL=/ and ignore its own base path. These are dropped.
 */
const INJECTED_BY_VITEST = ['BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX', 'TEST', 'NODE_ENV'];

export function astroChildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!INJECTED_BY_VITEST.includes(key) && !key.startsWith('VITEST')) env[key] = value;
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
