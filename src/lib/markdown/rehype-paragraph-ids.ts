/**
 * Gives every paragraph of an article a stable id and a visible link to itself, so a reader
 * (or the timeline) can point at one paragraph.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { createParagraphIds } from './paragraph-id.ts';

export function rehypeParagraphIds() {
  return (tree: Root) => {
    const nextId = createParagraphIds();
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'p' || node.properties['id']) return;
      const id = nextId(toString(node));
      node.properties['id'] = id;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          href: `#${id}`,
          className: ['paragraph-link'],
          ariaLabel: 'Link to this paragraph',
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: '¶' }],
      });
    });
  };
}
