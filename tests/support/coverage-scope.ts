/**
 * What the unit tests' coverage measures, and the floor it must not fall under; read by
 * vitest.config.ts (which enforces it) and tests/run.ts (which reports it).
 *
 * In: every TypeScript module under src/ that runs in Node at build time: the collections and
 * their checks, src/lib, src/data, integrations and the endpoints in src/pages.
 * Out:
 * - `.astro` components, layouts and pages: no unit test renders them; the build renders every
 *   one and the site tests (browser, axe, html-validate, links, Lighthouse) check the result;
 * - TypeScript that runs only in the browser, the custom elements an `.astro` component bundles
 *   with its `<script>`: by the project's layout it lives in src/scripts/ or beside its
 *   component in src/components/. The browser tests in tests/site/ drive it in Chromium, where
 *   vitest's V8 coverage cannot follow. Logic such code shares with the build belongs in
 *   src/lib/, where it is measured.
 */
export const COVERAGE_INCLUDE = ['src/**/*.ts'];
export const COVERAGE_EXCLUDE = ['src/scripts/**', 'src/components/**'];

/** Percent of the lines in scope that the unit tests run. */
export const COVERAGE_THRESHOLDS = { lines: 85 } as const;

/** Where vitest writes coverage-summary.json (gitignored). */
export const COVERAGE_DIR = 'coverage';
