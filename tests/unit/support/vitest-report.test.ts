import { describe, expect, it } from 'vitest';
import { failuresIn, type JsonReport } from '../../support/vitest-report.ts';

type FileResult = JsonReport['testResults'][number];

const report = (...testResults: FileResult[]): JsonReport => ({
  numPassedTests: 0,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults,
});

/** A test file's result, under the project folder `/project`. */
const file = (name: string, status: string, assertionResults: FileResult['assertionResults'] = [], message = '') => ({
  name: `/project/${name}`,
  status,
  message,
  assertionResults,
});

describe('failuresIn', () => {
  it('names each failed test by file and full name, with its time and the first line of its error', () => {
    const lines = failuresIn(
      report(
        file('tests/unit/lanes.test.ts', 'failed', [
          { fullName: 'assignLanes reuses a lane', status: 'passed', duration: 3, failureMessages: [] },
          {
            fullName: 'assignLanes on many items grows as n log n',
            status: 'failed',
            duration: 1032.6,
            failureMessages: ['AssertionError: expected 1032 to be less than 1000\n    at lanes.test.ts:102:5'],
          },
        ]),
        file('tests/unit/ok.test.ts', 'passed'),
      ),
      '/project',
    );
    expect(lines).toEqual([
      'FAILED tests/unit/lanes.test.ts > assignLanes on many items grows as n log n (1033 ms): AssertionError: expected 1032 to be less than 1000',
    ]);
  });

  it('names a file that failed with no test to show for it (it did not load)', () => {
    const lines = failuresIn(
      report(
        file('tests/unit/broken.test.ts', 'failed', [], 'Failed to load url ./missing.ts\nmore'),
        file('tests/unit/silent.test.ts', 'failed'),
      ),
      '/project',
    );
    expect(lines).toEqual([
      'FAILED tests/unit/broken.test.ts: Failed to load url ./missing.ts',
      'FAILED tests/unit/silent.test.ts: no message',
    ]);
  });

  it('has nothing to say of a run that passed', () => {
    expect(failuresIn(report(), '/project')).toEqual([]);
  });
});
