import { describe, expect, it } from 'vitest';
import { articleParagraphs } from '../../../../src/lib/markdown/article-paragraphs.ts';
import { createArticlePipeline, renderArticle } from '../../../../src/lib/markdown/article-pipeline.ts';
import { renderedBlocksOf } from '../../../../src/lib/markdown/rendered-blocks.ts';

const MARKDOWN = [
  'Iran’s Foreign Ministry said "no" -- twice.',
  '## A heading is not a paragraph',
  'A [linked](https://example.org/a-b-c) word and *emphasis*.',
  '- tight\n- list',
  'Iran’s Foreign Ministry said it again.',
].join('\n\n');

async function rendered(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const pipeline = createArticlePipeline({ entitiesDir: '/nonexistent/entities/', base: '/' });
  const { code, metadata } = await renderArticle(pipeline, markdown, { frontmatter });
  return { html: code, paragraphs: articleParagraphs(renderedBlocksOf({ id: 'a', rendered: { metadata } })) };
}

describe('articleParagraphs', () => {
  it('gives each paragraph the id the article page gives it', async () => {
    const { html, paragraphs } = await rendered(MARKDOWN);
    const pageIds = [...html.matchAll(/<p id="([^"]+)"/g)].map(([, id]) => id);
    expect(paragraphs.map((p) => p.id)).toEqual(pageIds);
  });

  it('gives the text without Markdown syntax, punctuation as written, tight list items left out', async () => {
    const { paragraphs } = await rendered(MARKDOWN);
    expect(paragraphs.map((p) => p.text)).toEqual([
      'Iran’s Foreign Ministry said "no" -- twice.',
      'A linked word and emphasis.',
      'Iran’s Foreign Ministry said it again.',
    ]);
  });

  it('leaves out captions placed in the text', async () => {
    const { paragraphs } = await rendered('First words.\n\nSecond words.', {
      captions: [{ text: 'A caption', after: 'First' }],
    });
    expect(paragraphs.map((p) => p.text)).toEqual(['First words.', 'Second words.']);
  });
});
