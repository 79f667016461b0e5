/** `checkArticle`: what an article's front matter alone cannot prove (capture file, caption anchors, no HTML). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { CAPTURES_DIR, checkArticle } from '../../../src/collections/article-checks.ts';
import type { CheckedEntry } from '../../../src/collections/checked-glob.ts';

const rootDir = mkdtempSync(join(tmpdir(), 'article-checks-'));
mkdirSync(join(rootDir, CAPTURES_DIR), { recursive: true });
writeFileSync(join(rootDir, CAPTURES_DIR, 'capture.txt'), 'The capture.');
const root = pathToFileURL(`${rootDir}/`);
afterAll(() => rmSync(rootDir, { recursive: true, force: true }));

const BODY = [
  'Iran’s Foreign Ministry said its forces in Syria are unchanged.',
  '## A subheading',
  'The adviser spoke to “Novosti” on Thursday -- a day after the talks.',
].join('\n\n');

function article(data: Record<string, unknown>, body = BODY): CheckedEntry {
  return { id: 'a', data: { capture: { file: 'capture.txt' }, ...data }, body, file: 'content/articles/a.md', root };
}

test('a good article has no problems', () => {
  expect(checkArticle(article({ captions: [{ text: 'Lead picture.' }] }))).toEqual([]);
});

test('the capture file must exist in content/captures/', () => {
  expect(checkArticle(article({ capture: { file: 'missing.txt' } }))).toEqual([
    { field: 'capture.file', expected: 'a file in content/captures/, but "missing.txt" is not there' },
  ]);
});

describe('a caption placed after a paragraph', () => {
  test('finds it by its opening words, whatever the quotes and dashes', () => {
    // Straight quotes and "--" in the front matter; curly ones in the body: the comparison treats them as equal.
    const captions = [{ text: 'A picture.', after: 'The adviser spoke to "Novosti"' }];
    expect(checkArticle(article({ captions }))).toEqual([]);
  });

  test('names the caption whose paragraph is not there, by its index', () => {
    const captions = [
      { text: 'Fine.', after: 'Iran’s Foreign Ministry' },
      { text: 'Lost.', after: 'No paragraph begins so' },
    ];
    expect(checkArticle(article({ captions }))).toEqual([
      {
        field: 'captions.1.after',
        expected:
          'the opening words of a paragraph of the article, but no paragraph starts with "No paragraph begins so"',
      },
    ]);
  });

  test('does not match a subheading', () => {
    expect(checkArticle(article({ captions: [{ text: 'x', after: 'A subheading' }] }))).toHaveLength(1);
  });
});

test('every problem is reported at once', () => {
  const problems = checkArticle(
    article({ capture: { file: 'gone.txt' }, captions: [{ text: 'x', after: 'Nowhere' }] }, 'A line.'),
  );
  expect(problems.map((p) => p.field)).toEqual(['capture.file', 'captions.0.after']);
});

test('an entry without a body is checked as an empty one', () => {
  expect(checkArticle({ ...article({}), body: undefined })).toEqual([]);
});
