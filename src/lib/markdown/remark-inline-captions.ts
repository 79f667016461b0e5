/**
 * Places captions of pictures inside the text (front matter `captions[].after`) after the
 * paragraph they follow in the capture, as a `<figure>` with its `<figcaption>`.
 * The captures hold no images, so the figure holds the caption alone: we never invent a picture.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { normalizeForComparison } from '../text/normalize.ts';

interface Caption {
  text: string;
  after?: string;
}

function figure(text: string): RootContent {
  // mdast has no figure node; `data.hName` tells remark-rehype which element to make.
  return {
    type: 'paragraph',
    data: { hName: 'figure', hProperties: { className: ['inline-figure'] } },
    children: [
      {
        type: 'emphasis',
        data: { hName: 'figcaption' },
        children: [{ type: 'text', value: text }],
      },
    ],
  } as Paragraph;
}

export function remarkInlineCaptions() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data['astro'] as { frontmatter?: { captions?: Caption[] } } | undefined)?.frontmatter;
    for (const caption of frontmatter?.captions ?? []) {
      if (!caption.after) continue;
      const opening = normalizeForComparison(caption.after);
      const index = tree.children.findIndex(
        (node) => node.type === 'paragraph' && normalizeForComparison(toString(node)).startsWith(opening),
      );
      // Checked earlier with a friendlier message (collections/article-checks.ts); this guards the renderer.
      if (index === -1) throw new Error(`${file.path}: captions.after "${caption.after}" matches no paragraph`);
      tree.children.splice(index + 1, 0, figure(caption.text));
    }
  };
}
