/**
 * The text blocks of an article's rendered HTML that a citation can point at: its paragraphs
 * (with their ids, from `rehype-paragraph-ids.ts`) and the captions placed among them (which
 * have no id of their own, so a link lands on the paragraph the caption follows).
 *
 * Read from the rendered HTML rather than the Markdown because a text fragment must match
 * what the page prints, after every plugin (and Markdown's own escapes and entities) ran.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

export interface RenderedBlock {
  /** The paragraph's id, or for a caption the id of the paragraph before it. */
  anchor: string | undefined;
  kind: 'paragraph' | 'caption';
  /** The text as the page prints it. */
  text: string;
}

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

export function renderedBlocks(html: string): RenderedBlock[] {
  const tree: Root = fromHtml(html, { fragment: true });
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
