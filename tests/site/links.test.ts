/** Crawls the served site from its home page: no broken link, stylesheet URL or #fragment. */
import { expect, inject, test } from 'vitest';
import { LinkChecker, LinkState } from 'linkinator';

const baseUrl = inject('baseUrl');

test('no broken links on the served site', async () => {
  const result = await new LinkChecker().check({
    path: baseUrl,
    recurse: true,
    checkCss: true,
    checkFragments: true,
    timeout: 30_000,
    concurrency: 4,
    // Only this site is tested; the tests never leave 127.0.0.1.
    linksToSkip: async (link) => new URL(link, baseUrl).hostname !== '127.0.0.1',
  });
  console.log(`linkinator checked ${result.links.length} links`);
  const problems = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.url} (status ${link.status ?? 'none'}) linked from ${link.parent ?? '?'}`);
  // linkinator can report one link more than once; one line per link and page is enough.
  const broken = [...new Set(problems)];
  expect(broken, `broken links:\n${broken.join('\n')}`).toEqual([]);
});
