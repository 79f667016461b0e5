/**
 * An article's paragraphs as plain text, each with the id the page gives it
 * (`rehype-paragraph-ids.ts`), so a quote found here can be linked to `/articles/<slug>/#<id>`.
 * Taken from the blocks recorded when the article was rendered (`rendered-blocks.ts`).
 */
import type { RenderedBlock } from './rendered-blocks.ts';

export interface ArticleParagraph {
  /** The paragraph's id on the article page. */
  id: string;
  /** Its text, as the page prints it (without Markdown syntax). */
  text: string;
}

export function articleParagraphs(blocks: readonly RenderedBlock[]): ArticleParagraph[] {
  return blocks.flatMap((block) =>
    block.kind === 'paragraph' && block.anchor !== undefined ? [{ id: block.anchor, text: block.text }] : [],
  );
}
