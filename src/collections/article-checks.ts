/**
 * Checks on an article that need more than its own front matter: the capture file it names
 * and the paragraphs its captions follow. (The body must be text, not HTML: the Markdown
 * render checks that, `remark-reject-raw-html.ts`. Publisher references: `data/story.ts`.)
 */
import { existsSync } from 'node:fs';
import { markdownParagraphs } from '../lib/markdown/paragraphs.ts';
import { normalizeForComparison } from '../lib/text/normalize.ts';
import type { CheckedEntry } from './checked-glob.ts';
import type { FieldProblem } from './content-error.ts';

export const CAPTURES_DIR = 'content/captures/';

export function checkArticle({ data, body, root }: CheckedEntry): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const capture = data['capture'] as { file: string } | undefined;
  if (capture && !existsSync(new URL(CAPTURES_DIR + capture.file, root))) {
    problems.push({ field: 'capture.file', expected: `a file in ${CAPTURES_DIR}, but "${capture.file}" is not there` });
  }
  const paragraphs = markdownParagraphs(body ?? '').map(normalizeForComparison);
  const captions = (data['captions'] as { after?: string }[] | undefined) ?? [];
  captions.forEach(({ after }, index) => {
    if (after && !paragraphs.some((p) => p.startsWith(normalizeForComparison(after)))) {
      problems.push({
        field: `captions.${index}.after`,
        expected: `the opening words of a paragraph of the article, but no paragraph starts with "${after}"`,
      });
    }
  });
  return problems;
}
