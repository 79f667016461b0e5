/**
 * Stops the render of Markdown that holds raw HTML (see find-raw-html.ts), naming the lines.
 * A remark plugin rather than a check of its own, so the body is parsed once: the content
 * loader (collections/checked-glob.ts) turns a render error into a content error for the file.
 */
import type { Root } from 'mdast';
import { findRawHtml } from './find-raw-html.ts';

export function remarkRejectRawHtml() {
  return (tree: Root) => {
    const found = findRawHtml(tree);
    if (found.length === 0) return;
    const lines = found.map(({ line, html }) => `line ${line} of the body is raw HTML (${html})`);
    throw new Error(`plain text, but ${lines.join('; ')}; articles may not contain HTML`);
  };
}
