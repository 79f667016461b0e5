/** Every built HTML file passes html-validate (recommended rules): zero errors. */
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { HtmlValidate, type Message } from 'html-validate';
import { DIST_DIR, distFiles } from '../support/built-site.ts';

const htmlvalidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // An article's <title> is its publisher's headline, word for word; shortening it would misquote.
    'long-title': 'off',
  },
});
const htmlFiles = distFiles('.html');

function describeMessages(file: string, messages: readonly Message[]): string {
  return messages
    .map((m) => `dist/${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`)
    .join('\n');
}

test('dist/ has HTML files', () => {
  expect(htmlFiles.length).toBeGreaterThan(0);
});

test.each(htmlFiles)('dist/%s is valid HTML', async (file) => {
  const report = await htmlvalidate.validateFile(join(DIST_DIR, file));
  const errors = report.results.flatMap((result) => result.messages).filter((message) => message.severity === 2);
  expect(errors.length, describeMessages(file, errors)).toBe(0);
});
