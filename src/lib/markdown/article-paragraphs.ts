/**
 * An article's paragraphs as plain text, each with the id the page gives it
 * (`rehype-paragraph-ids.ts`), so a quote found here can be linked to `/articles/<slug>/#<id>`.
 *
 * Parsed with the same Markdown parser Astro uses, so link targets and emphasis marks are not
 * part of the text; paragraphs of tight lists are skipped because they render without a `<p>`.
 */
import type { List, Nodes, Paragraph } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { createParagraphIds } from './paragraph-id.ts';

export interface ArticleParagraph {
  /** The paragraph's id on the article page. */
  id: string;
  /** Its text, without Markdown syntax. */
  text: string;
}

function collectParagraphs(node: Nodes, into: Paragraph[], inTightList = false): void {
  if (node.type === 'paragraph') {
    if (!inTightList) into.push(node);
    return;
  }
  if (!('children' in node)) return;
  const tight =
    node.type === 'list'
      ? !(node as List).spread
      : node.type === 'listItem'
        ? inTightList && !node.spread
        : inTightList;
  for (const child of node.children) collectParagraphs(child, into, tight);
}

export function articleParagraphs(body: string): ArticleParagraph[] {
  const paragraphs: Paragraph[] = [];
  collectParagraphs(fromMarkdown(body), paragraphs);
  const nextId = createParagraphIds();
  return paragraphs.map((paragraph) => {
    const text = toString(paragraph);
    return { id: nextId(text), text };
  });
}
