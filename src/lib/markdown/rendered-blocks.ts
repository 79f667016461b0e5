/**
 * The text blocks of an article's rendered HTML that a citation can point at: its paragraphs
 * (with their ids, from `rehype-paragraph-ids.ts`) and the captions placed among them (which
 * have no id of their own, so a link lands on the paragraph the caption follows).
 *
 * Read from the rendered tree rather than the Markdown because a text fragment must match what
 * the page prints, after every plugin (and Markdown's own escapes and entities) ran. The last
 * plugin of the pipeline (`rehypeRenderedBlocks`) records them with the render, so the story's
 * checks never parse an article a second time.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { VFile } from 'vfile';

export interface RenderedBlock {
  /** The paragraph's id, or for a caption the id of the paragraph before it. */
  anchor: string | undefined;
  kind: 'paragraph' | 'caption';
  /** The text as the page prints it. */
  text: string;
}

/** Where the render keeps the blocks: Astro stores it with the entry (`remarkPluginFrontmatter`). */
const FRONTMATTER_KEY = 'renderedBlocks';

function isElement(node: RootContent | ElementContent): node is Element {
  return node.type === 'element';
}

/** Paragraph text without the "¶" self-link the paragraph-id plugin appends. */
function paragraphText(paragraph: Element): string {
  const children = paragraph.children.filter(
    (child) =>
      !(
        isElement(child) &&
        child.tagName === 'a' &&
        String(child.properties['className'] ?? '').includes('paragraph-link')
      ),
  );
  return toString({ ...paragraph, children });
}

export function blocksOf(tree: Root): RenderedBlock[] {
  const blocks: RenderedBlock[] = [];
  let anchor: string | undefined;
  const walk = (nodes: (RootContent | ElementContent)[]) => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      if (node.tagName === 'p') {
        anchor = typeof node.properties['id'] === 'string' ? node.properties['id'] : anchor;
        blocks.push({ anchor, kind: 'paragraph', text: paragraphText(node) });
      } else if (node.tagName === 'figcaption') {
        blocks.push({ anchor, kind: 'caption', text: toString(node) });
      } else {
        walk(node.children);
      }
    }
  };
  walk(tree.children);
  return blocks;
}

/** Records the blocks of the finished tree with the render; must run after every plugin that changes text. */
export function rehypeRenderedBlocks() {
  return (tree: Root, file: VFile) => {
    const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {})[FRONTMATTER_KEY] = blocksOf(tree);
  };
}

/** The blocks an entry was rendered with (Astro's `entry.rendered`). */
export function renderedBlocksOf(entry: {
  id: string;
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}): RenderedBlock[] {
  const frontmatter = entry.rendered?.metadata?.['frontmatter'] as Record<string, unknown> | undefined;
  const blocks = frontmatter?.[FRONTMATTER_KEY];
  if (!Array.isArray(blocks)) {
    throw new Error(
      `${entry.id} was not rendered by the article pipeline (no ${FRONTMATTER_KEY}): is markdown.processor articleProcessor()?`,
    );
  }
  return blocks as RenderedBlock[];
}
