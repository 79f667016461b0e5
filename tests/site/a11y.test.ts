/**
 * axe-core on every page in the sitemap (and the 404 page), in light and dark colour schemes:
 * WCAG 2.1 A/AA and axe's best practices, zero violations.
 *
 * The suite's longest file (two axe runs for each of 100+ pages), so it is made cheap per page:
 * one load serves both schemes (the colours switch by CSS media queries alone, no script);
 * axe runs in legacy mode, inside the page, where the default opens a blank page for every run
 * to merge the results of frames this site does not have (about half the time); and pages are
 * checked a few at a time (`describe.concurrent`), in a few pages kept open and reused
 * (`pagePool`): a new context for each page costs more than loading it.
 */
import { describe, expect, inject, test } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { useBrowser } from '../support/browser-page.ts';
import { onServer, sitemapPageUrls } from '../support/built-site.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
/** Pages checked at once: one more than the two cores, so one is always loading. */
const pages = browser.pagePool(3);

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const COLOUR_SCHEMES = ['light', 'dark'] as const;
const urls = [
  ...sitemapPageUrls().map((url) => onServer(url, baseUrl)),
  new URL('no-such-page-for-tests/', baseUrl).href,
];

/** One line per failing element: rule, where, and what to do. */
function describeViolations(violations: readonly Violation[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? 'n/a'}) at ${node.target.join(' ')}: ${violation.help}\n    ${node.failureSummary?.replaceAll('\n', '\n    ') ?? ''}`,
      ),
    )
    .join('\n');
}

test('the sitemap lists pages to check', () => {
  expect(urls.length).toBeGreaterThan(1);
});

describe.concurrent('light and dark colour schemes', () => {
  test.each(urls.map((url) => [new URL(url).pathname, url]))('%s has no axe violations', async (_path, url) => {
    const found = await pages.withPage(async (page) => {
      await page.goto(url);
      const report: string[] = [];
      for (const colorScheme of COLOUR_SCHEMES) {
        await page.emulateMedia({ colorScheme });
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).setLegacyMode(true).analyze();
        if (violations.length > 0) report.push(`${colorScheme} colour scheme:\n${describeViolations(violations)}`);
      }
      return report;
    });
    expect(found, `axe violations on ${url}:\n${found.join('\n')}`).toEqual([]);
  });
});
