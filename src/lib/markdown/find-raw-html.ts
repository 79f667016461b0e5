/**
 * Raw HTML in an article's Markdown. Articles are text: HTML in them could only be a paste
 * mistake or an injection (a `<script>` would run on our pages), so the build rejects it.
 */
import type { Html, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface RawHtml {
  line: number;
  html: string;
}

export function findRawHtml(tree: Root): RawHtml[] {
  const found: RawHtml[] = [];
  visit(tree, 'html', (node: Html) => {
    found.push({ line: node.position?.start.line ?? 0, html: node.value.trim().slice(0, 60) });
  });
  return found;
}
