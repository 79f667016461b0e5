import { describe, expect, it } from 'vitest';
import { failuresIn, type JsonReport } from '../../support/vitest-report.ts';

const report = (testResults: JsonReport['testResults']): JsonReport => ({
  numPassedTests: 0,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults,
});

describe('failuresIn', () => {
  it('names each failed test by file and full name, with its time and the first line of its error', () => {
    const lines = failuresIn(
      report([
        {
          name: '/project/tests/unit/lanes.test.ts',
          status: 'failed',
          message: '',
          assertionResults: [
            { fullName: 'assignLanes reuses a lane', status: 'passed', duration: 3, failureMessages: [] },
            {
              fullName: 'assignLanes on many items grows as n log n',
              status: 'failed',
              duration: 1032.6,
              failureMessages: ['AssertionError: expected 1032 to be less than 1000\n    at lanes.test.ts:102:5'],
            },
          ],
        },
        { name: '/project/tests/unit/ok.test.ts', status: 'passed', message: '', assertionResults: [] },
      ]),
      '/project',
    );
    expect(lines).toEqual([
      'FAILED tests/unit/lanes.test.ts > assignLanes on many items grows as n log n (1033 ms): AssertionError: expected 1032 to be less than 1000',
    ]);
  });

  it('names a file that failed with no test to show for it (it did not load)', () => {
    const lines = failuresIn(
      report([
        {
          name: '/project/tests/unit/broken.test.ts',
          status: 'failed',
          message: 'Failed to load url ./missing.ts\nmore',
          assertionResults: [],
        },
        { name: '/project/tests/unit/silent.test.ts', status: 'failed', message: '', assertionResults: [] },
      ]),
      '/project',
    );
    expect(lines).toEqual([
      'FAILED tests/unit/broken.test.ts: Failed to load url ./missing.ts',
      'FAILED tests/unit/silent.test.ts: no message',
    ]);
  });

  it('has nothing to say of a run that passed', () => {
    expect(failuresIn(report([]), '/project')).toEqual([]);
  });
});
