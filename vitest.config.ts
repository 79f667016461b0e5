/// <reference types="vitest/config" />
/**
 * Three projects, run in this order so a 2-core machine is never asked to build fixture sites
 * and drive browsers at once (`sequence.groupOrder`):
 * - unit: plain TypeScript under src/lib and friends;
 * - fixtures: small copies of the site that must fail to build, with a readable error;
 * - site: checks on the built dist/ (built by `npm test` beforehand), served on 127.0.0.1.
 * getViteConfig adds Astro's Vite plugins, so unit tests can import code that uses `astro:*`
 * modules (the schemas use `reference()` from `astro:content`).
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
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
    ],
  },
});
