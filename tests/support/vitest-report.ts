/** What `npm test` reads from vitest's JSON reporter (`--reporter=json`). */
import { relative } from 'node:path';

export interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    /** The test file's absolute path. */
    name: string;
    status: string;
    /** Why the file failed as a whole (it did not load, a hook threw). */
    message: string;
    assertionResults: { fullName: string; status: string; duration?: number | null; failureMessages: string[] }[];
  }[];
}

/**
 * One line per failed test, and per test file that failed with no failed test (it did not
 * load), with the first line of its error. `npm test` prints them beside its closing line
 * because a CI log is often kept or read from its tail only, far from vitest's own account.
 */
export function failuresIn(report: JsonReport, projectDir: string): string[] {
  const firstLine = (text: string | undefined) => (text ?? '').trim().split('\n', 1)[0]!.slice(0, 300);
  return report.testResults.flatMap((file) => {
    const where = relative(projectDir, file.name);
    const failed = file.assertionResults.filter((test) => test.status === 'failed');
    if (failed.length === 0)
      return file.status === 'failed' ? [`FAILED ${where}: ${firstLine(file.message) || 'no message'}`] : [];
    return failed.map(
      (test) =>
        `FAILED ${where} > ${test.fullName} (${Math.round(test.duration ?? 0)} ms): ${firstLine(test.failureMessages[0])}`,
    );
  });
}
