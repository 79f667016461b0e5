import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { articleParagraphs } from '../../../../src/lib/markdown/article-paragraphs.ts';
import { rehypeParagraphIds } from '../../../../src/lib/markdown/rehype-paragraph-ids.ts';

const MARKDOWN = [
  'Iran’s Foreign Ministry said "no" -- twice.',
  '## A heading is not a paragraph',
  'A [linked](https://example.org/a-b-c) word and *emphasis*.',
  '- tight\n- list',
  'Iran’s Foreign Ministry said it again.',
].join('\n\n');

describe('articleParagraphs', () => {
  it('gives each paragraph the id the article page gives it', async () => {
    const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeParagraphIds] });
    const { code } = await processor.render(MARKDOWN);
    const pageIds = [...code.matchAll(/<p id="([^"]+)"/g)].map(([, id]) => id);
    expect(articleParagraphs(MARKDOWN).map((p) => p.id)).toEqual(pageIds);
  });

  it('gives the text without Markdown syntax', () => {
    expect(articleParagraphs(MARKDOWN).map((p) => p.text)).toEqual([
      'Iran’s Foreign Ministry said "no" -- twice.',
      'A linked word and emphasis.',
      'Iran’s Foreign Ministry said it again.',
    ]);
  });
});
