/**
 * One readable error for every content problem: the file, the field, and what was expected.
 * Editors meet these more than any other error, so they name things in the editor's terms
 * (paths relative to the project, front-matter fields as written).
 */
export interface FieldProblem {
  /** Dotted front-matter path, e.g. `published.date`; empty for the file as a whole. */
  field: string;
  /** What was expected, in words. */
  expected: string;
}

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly FieldProblem[],
  ) {
    super(
      [
        `Content error in ${file}:`,
        ...problems.map(({ field, expected }) => `  - ${field ? `field "${field}"` : 'file'}: ${expected}`),
      ].join('\n'),
    );
    this.name = 'ContentError';
  }
}

/** Zod-style issues (path + message) as field problems. */
export function problemsFromIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldProblem[] {
  return issues.map((issue) => ({ field: issue.path.map(String).join('.'), expected: issue.message }));
}
