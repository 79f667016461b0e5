/** Crawls the served site from its home page: no broken link, stylesheet URL or #fragment. */
import { expect, inject, test } from 'vitest';
import { checkLinks } from '../support/link-check.ts';

const baseUrl = inject('baseUrl');

test('no broken links on the served site', async () => {
  const { checked, broken } = await checkLinks(baseUrl);
  console.log(`linkinator checked ${checked} links`);
  expect(broken, `broken links:\n${broken.join('\n')}`).toEqual([]);
});
