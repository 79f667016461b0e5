/** Internal links: every one is built here, so the site works at the root and under a base path. */
import { describe, expect, test } from 'vitest';
import { articlePath, capturePath, joinPath, publisherPath, sitePath } from '../../../src/lib/paths.ts';

describe('joinPath', () => {
  test.each([
    ['/', '', '/'],
    ['/', 'articles/x/', '/articles/x/'],
    ['/tracker/', 'articles/x/', '/tracker/articles/x/'],
    ['/tracker', '/articles/x/', '/tracker/articles/x/'],
    ['/tracker//', '//rss.xml', '/tracker/rss.xml'],
  ])('%s + %s = %s', (base, path, joined) => {
    expect(joinPath(base, path)).toBe(joined);
  });
});

// The unit tests run with Astro's default base, "/"; tests/base-path/ builds the site under /tracker/.
test('site paths start at the base', () => {
  expect(sitePath()).toBe('/');
  expect(sitePath('search/')).toBe('/search/');
  expect(articlePath('iran-trims-military-presence-in-syria')).toBe('/articles/iran-trims-military-presence-in-syria/');
  expect(publisherPath('enab-baladi')).toBe('/sources/enab-baladi/');
  expect(capturePath('000_0d7aab7bf8952abd.txt')).toBe('/captures/000_0d7aab7bf8952abd.txt');
});
