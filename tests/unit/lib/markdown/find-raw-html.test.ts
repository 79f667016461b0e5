import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { findRawHtml } from '../../../../src/lib/markdown/find-raw-html.ts';
import { remarkRejectRawHtml } from '../../../../src/lib/markdown/remark-reject-raw-html.ts';

const parse = (markdown: string) => unified().use(remarkParse).parse(markdown);

describe('findRawHtml', () => {
  it('finds block and inline HTML with its line', () => {
    expect(findRawHtml(parse('Text.\n\n<script>alert(1)</script>\n\nMore <b>bold</b>.'))).toEqual([
      { line: 3, html: '<script>alert(1)</script>' },
      { line: 5, html: '<b>' },
      { line: 5, html: '</b>' },
    ]);
  });
  it('accepts text that merely talks about angle brackets', () => {
    expect(findRawHtml(parse('Sites fell from 570 to 529 (a < b, c > d).'))).toEqual([]);
  });
});

describe('remarkRejectRawHtml', () => {
  const run = (markdown: string) => unified().use(remarkParse).use(remarkRejectRawHtml).runSync(parse(markdown));
  it('stops the render, naming every line with HTML', () => {
    expect(() => run('Text.\n\n<script>alert(1)</script>\n\nMore <b>bold</b>.')).toThrow(
      'plain text, but line 3 of the body is raw HTML (<script>alert(1)</script>); line 5 of the body is raw HTML (<b>); line 5 of the body is raw HTML (</b>); articles may not contain HTML',
    );
  });
  it('lets text through', () => {
    expect(() => run('Sites fell from 570 to 529 (a < b, c > d).')).not.toThrow();
  });
});
