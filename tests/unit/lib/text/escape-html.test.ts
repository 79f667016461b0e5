import { expect, test } from 'vitest';
import { escapeHtml } from '../../../../src/lib/text/escape-html.ts';

test('escapes the five characters that can end text or an attribute value', () => {
  expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
  );
});

test('leaves other text alone, curly quotes and Arabic included', () => {
  expect(escapeHtml('Iran’s “presence” — حزب الله')).toBe('Iran’s “presence” — حزب الله');
});
