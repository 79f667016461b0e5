import { describe, expect, it } from 'vitest';
import { findRawHtml } from '../../../../src/lib/markdown/find-raw-html.ts';

describe('findRawHtml', () => {
  it('finds block and inline HTML with its line', () => {
    expect(findRawHtml('Text.\n\n<script>alert(1)</script>\n\nMore <b>bold</b>.')).toEqual([
      { line: 3, html: '<script>alert(1)</script>' },
      { line: 5, html: '<b>' },
      { line: 5, html: '</b>' },
    ]);
  });
  it('accepts text that merely talks about angle brackets', () => {
    expect(findRawHtml('Sites fell from 570 to 529 (a < b, c > d).')).toEqual([]);
  });
});
