import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { blocksOf, renderedBlocksOf } from '../../../../src/lib/markdown/rendered-blocks.ts';

describe('blocksOf', () => {
  it('reads paragraphs with their ids (without the ¶ link) and anchors captions to the paragraph before', () => {
    const html =
      '<p id="p-first">First <em>words</em> here.<a href="#p-first" class="paragraph-link" aria-label="Link to this paragraph">¶</a></p>' +
      '<figure class="inline-figure"><figcaption>A caption, May 11, 2018</figcaption></figure>' +
      '<h2>Sub</h2><p id="p-second">Second &amp; “last”.<a href="#p-second" class="paragraph-link">¶</a></p>';
    expect(blocksOf(fromHtml(html, { fragment: true }))).toEqual([
      { anchor: 'p-first', kind: 'paragraph', text: 'First words here.' },
      { anchor: 'p-first', kind: 'caption', text: 'A caption, May 11, 2018' },
      { anchor: 'p-second', kind: 'paragraph', text: 'Second & “last”.' },
    ]);
  });
});

describe('renderedBlocksOf', () => {
  it('names the entry that was not rendered by the article pipeline', () => {
    expect(() => renderedBlocksOf({ id: 'x', rendered: { metadata: { frontmatter: {} } } })).toThrow(
      'x was not rendered by the article pipeline (no renderedBlocks)',
    );
  });
});
