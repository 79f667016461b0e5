/**
 * Checks on an article that need more than its own front matter: the files it points to.
 * (Publisher references are checked by Astro's `reference()`.)
 */
import { existsSync } from 'node:fs';
import type { CheckedEntry } from './checked-glob.ts';
import type { FieldProblem } from './content-error.ts';

export const CAPTURES_DIR = 'content/captures/';

export function checkArticle({ data, root }: CheckedEntry): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const capture = data['capture'] as { file: string } | undefined;
  if (capture && !existsSync(new URL(CAPTURES_DIR + capture.file, root))) {
    problems.push({ field: 'capture.file', expected: `a file in ${CAPTURES_DIR}, but "${capture.file}" is not there` });
  }
  return problems;
}
