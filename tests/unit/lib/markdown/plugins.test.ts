import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { createParagraphIds, paragraphIdBase } from '../../../../src/lib/markdown/paragraph-id.ts';
import { markdownParagraphs } from '../../../../src/lib/markdown/paragraphs.ts';
import { rehypeParagraphIds } from '../../../../src/lib/markdown/rehype-paragraph-ids.ts';
import { remarkInlineCaptions } from '../../../../src/lib/markdown/remark-inline-captions.ts';
import { remarkReadingTime } from '../../../../src/lib/markdown/remark-reading-time.ts';

async function render(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const file = new VFile({ value: markdown, path: 'content/articles/test.md', data: { astro: { frontmatter } } });
  const html = await unified()
    .use(remarkParse)
    .use(remarkInlineCaptions)
    .use(remarkReadingTime)
    .use(remarkRehype)
    .use(rehypeParagraphIds)
    .use(rehypeStringify)
    .process(file);
  return {
    html: String(html),
    frontmatter: (file.data['astro'] as { frontmatter: Record<string, unknown> }).frontmatter,
  };
}

describe('paragraph ids', () => {
  it('come from the opening words, folded to ASCII', () => {
    expect(paragraphIdBase('Iran’s Foreign Ministry stated that Tehran has not')).toBe(
      'p-irans-foreign-ministry-stated-that',
    );
    expect(paragraphIdBase('“No one can force Iran”')).toBe('p-no-one-can-force-iran');
  });
  it('are unique on a page', () => {
    const next = createParagraphIds();
    expect([next('Same start here and there'), next('Same start here and there again')]).toEqual([
      'p-same-start-here-and-there',
      'p-same-start-here-and-there-2',
    ]);
  });
});

describe('rehypeParagraphIds', () => {
  it('gives every paragraph an id and a self-link, and leaves headings alone', async () => {
    const { html } = await render('## Direct escalation\n\nFirst paragraph here.\n\nSecond one.');
    expect(html).toBe(
      '<h2>Direct escalation</h2>\n' +
        '<p id="p-first-paragraph-here">First paragraph here.<a href="#p-first-paragraph-here" class="paragraph-link" aria-label="Link to this paragraph" data-pagefind-ignore="">¶</a></p>\n' +
        '<p id="p-second-one">Second one.<a href="#p-second-one" class="paragraph-link" aria-label="Link to this paragraph" data-pagefind-ignore="">¶</a></p>',
    );
  });
  it('matches the ids computed from the Markdown source (used to link to a cited paragraph)', async () => {
    const body = 'Iran’s “statement” -- today.\n\nIran’s “statement” -- again.';
    const { html } = await render(body);
    const next = createParagraphIds();
    for (const paragraph of markdownParagraphs(body)) expect(html).toContain(`id="${next(paragraph)}"`);
  });
});

describe('remarkInlineCaptions', () => {
  it('places a caption after the paragraph it follows, as a figure without an image', async () => {
    const { html } = await render('“As long as it is necessary,” he said.\n\nNext.', {
      captions: [{ text: 'A map, May 11, 2018' }, { text: 'An IDF presentation', after: '"As long as' }],
    });
    expect(html).toContain('</p>\n<figure class="inline-figure"><figcaption>An IDF presentation</figcaption></figure>');
    expect(html).not.toContain('A map');
    expect(html).not.toContain('<img');
  });
  it('stops when the paragraph is not there', async () => {
    await expect(render('Text.', { captions: [{ text: 'x', after: 'Missing' }] })).rejects.toThrow(
      'content/articles/test.md: captions.after "Missing" matches no paragraph',
    );
  });
});

describe('remarkReadingTime', () => {
  it('reports whole minutes at 200 words a minute, at least one', async () => {
    expect((await render('Short.')).frontmatter['readingMinutes']).toBe(1);
    expect((await render(Array(1000).fill('word').join(' '))).frontmatter['readingMinutes']).toBe(5);
  });
});
