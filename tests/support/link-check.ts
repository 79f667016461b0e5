/**
 * linkinator over a served site, from its home page: every link, stylesheet URL and #fragment,
 * without leaving 127.0.0.1. Used by tests/site/links.test.ts and tests/base-path/.
 */
import { LinkChecker, LinkState } from 'linkinator';

export interface LinkCheck {
  /** Links checked, each once per page that has it. */
  checked: number;
  /** "url (status n) linked from page", one line per link and page. */
  broken: string[];
  /** Paths of the URLs that answered, fragments dropped. */
  reached: Set<string>;
}

export async function checkLinks(baseUrl: string): Promise<LinkCheck> {
  const result = await new LinkChecker().check({
    path: baseUrl,
    recurse: true,
    checkCss: true,
    checkFragments: true,
    timeout: 30_000,
    // Four at a time: the preview server and the browser tests share two cores.
    concurrency: 4,
    // Only this site is tested; the tests never leave 127.0.0.1.
    linksToSkip: async (link) => new URL(link, baseUrl).hostname !== '127.0.0.1',
    // A text fragment (`#id:~:text=words`, https://wicg.github.io/scroll-to-text-fragment/) is a
    // directive for the browser, not part of the element id: check `#id`, or no fragment at all.
    urlRewriteExpressions: [{ pattern: /:~:.*$/, replacement: '' }],
  });
  const problems = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    // Under load linkinator sometimes checks a text-fragment link without the rewrite above and
    // finds no element named after the directive. The page answered (200); whether its paragraph
    // and words exist is checked where the links are made (event and claim checks at build time,
    // tests/site/story-pages.test.ts and timeline.test.ts), so this report is not a broken link.
    .filter((link) => !(link.status === 200 && link.url.includes(':~:')))
    .map((link) => `${link.url} (status ${link.status ?? 'none'}) linked from ${link.parent ?? '?'}`);
  const reached = new Set(
    result.links.filter((link) => link.state === LinkState.OK).map((link) => new URL(link.url).pathname),
  );
  // linkinator can report one link more than once; one line per link and page is enough.
  return { checked: result.links.length, broken: [...new Set(problems)], reached };
}
