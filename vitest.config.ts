/// <reference types="vitest/config" />
/**
 * Five projects, run in this order so a 2-core machine is never asked to build sites and drive
 * browsers at once, and Lighthouse measures with the machine to itself (`sequence.groupOrder`):
 * - unit: plain TypeScript under src/lib and friends (with `--coverage`, see coverage-scope.ts);
 * - fixtures: small copies of the site that must fail to build, with a readable error;
 * - site: checks on the built dist/ (built by `npm test` beforehand), served on 127.0.0.1;
 * - base-path: the site built and served under /tracker/, crawled for broken links;
 * - lighthouse: Lighthouse scores of four pages of dist/, alone so that CPU contention does not
 *   lower the performance score.
 * getViteConfig adds Astro's Vite plugins, so unit tests can import code that uses `astro:*`
 * modules (the schemas use `reference()` from `astro:content`).
 */
import { getViteConfig } from 'astro/config';
import {
  COVERAGE_DIR,
  COVERAGE_EXCLUDE,
  COVERAGE_INCLUDE,
  COVERAGE_THRESHOLDS,
} from './tests/support/coverage-scope.ts';

export default getViteConfig({
  test: {
    coverage: {
      provider: 'v8',
      include: COVERAGE_INCLUDE,
      exclude: COVERAGE_EXCLUDE,
      reporter: ['text', 'json-summary'],
      reportsDirectory: COVERAGE_DIR,
      thresholds: COVERAGE_THRESHOLDS,
    },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: 'fixtures',
          include: ['tests/fixtures/**/*.test.ts'],
          // Each case is a full `astro build` (3-5 s alone); two at a time fill two cores.
          maxConcurrency: 2,
          testTimeout: 180_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          name: 'base-path',
          include: ['tests/base-path/**/*.test.ts'],
          // The hook builds the whole site once more.
          testTimeout: 120_000,
          hookTimeout: 240_000,
          sequence: { groupOrder: 3 },
        },
      },
      {
        extends: true,
        test: {
          name: 'lighthouse',
          include: ['tests/lighthouse/**/*.test.ts'],
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          sequence: { groupOrder: 4 },
        },
      },
    ],
  },
});
