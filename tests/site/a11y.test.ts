/**
 * axe-core on every page in the sitemap (and the 404 page), in light and dark colour schemes:
 * WCAG 2.1 A/AA and axe's best practices, zero violations.
 */
import { describe, expect, inject, test } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { useBrowser } from '../support/browser-page.ts';
import { onServer, sitemapPageUrls } from '../support/built-site.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
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

describe.each(['light', 'dark'] as const)('%s colour scheme', (colorScheme) => {
  test.each(urls.map((url) => [new URL(url).pathname, url]))('%s has no axe violations', async (_path, url) => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(url);
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.length, `axe violations on ${url} (${colorScheme}):\n${describeViolations(violations)}`).toBe(0);
  });
});
