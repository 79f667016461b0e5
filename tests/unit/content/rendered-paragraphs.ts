/**
 * What `astro:content` holds for an article of plain-text paragraphs rendered by the article
 * pipeline: the HTML and the blocks the render records (src/lib/markdown/rendered-blocks.ts).
 * For tests that serve made-up articles through a stand-in `astro:content`.
 */
import { createParagraphIds } from '../../../src/lib/markdown/paragraph-id.ts';
import type { RenderedBlock } from '../../../src/lib/markdown/rendered-blocks.ts';

export function renderedParagraphs(...texts: string[]) {
  const nextId = createParagraphIds();
  const renderedBlocks: RenderedBlock[] = texts.map((text) => ({ anchor: nextId(text), kind: 'paragraph', text }));
  return {
    html: renderedBlocks.map(({ anchor, text }) => `<p id="${anchor}">${text}</p>`).join('\n'),
    metadata: { frontmatter: { renderedBlocks } },
  };
}
