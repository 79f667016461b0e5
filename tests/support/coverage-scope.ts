/**
 * What the unit tests' coverage measures, and the floor it must not fall under; read by
 * vitest.config.ts (which enforces it) and tests/run.ts (which reports it).
 *
 * Every TypeScript module under src/: the collections and their checks, src/lib, src/data and
 * the endpoints. `.astro` components, layouts and pages are not in it: no unit test renders
 * them; the build renders every one and the site tests (browser, axe, html-validate, links,
 * Lighthouse) check what they produce.
 */
export const COVERAGE_INCLUDE = ['src/**/*.ts'];

/** Percent of the lines in COVERAGE_INCLUDE that the unit tests run. */
export const COVERAGE_THRESHOLDS = { lines: 85 } as const;

/** Where vitest writes coverage-summary.json (gitignored). */
export const COVERAGE_DIR = 'coverage';
