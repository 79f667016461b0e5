import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  releaseMemory,
  releaseMemoryAfterPeaks,
  releaseMemoryInBuild,
} from '../../../src/integrations/release-memory.ts';

const MB = 2 ** 20;

/** Makes about `megabytes` of objects that all live until it returns, as a build phase's do. */
function churn(megabytes: number): void {
  const kept: number[][] = [];
  // Arrays of 1,000 small integers: about 8 KB each.
  for (let i = 0; i < (megabytes * MB) / 8_000; i++) kept.push(Array.from({ length: 1_000 }, (_, k) => k + i));
}

describe('release memory', () => {
  it('gives the heap that a peak left behind back to the system', () => {
    churn(400);
    const before = process.memoryUsage();
    releaseMemory();
    const after = process.memoryUsage();
    // The heap shrinks to about what is live (a few dozen MB in this test's process).
    expect(before.heapTotal - after.heapTotal).toBeGreaterThan(150 * MB);
    expect(after.rss).toBeLessThan(before.rss - 100 * MB);
    // 400 MB of objects made, then collected: seconds on a busy machine.
  }, 20_000);

  it('leaves no gc() behind for other code', () => {
    const hadGc = typeof (globalThis as { gc?: unknown }).gc;
    releaseMemory();
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe(hadGc);
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });

  it('releases once the content is synced, once the story is built and once the pages are, during a build only, and says how much in the debug log', () => {
    const { hooks } = releaseMemoryAfterPeaks();
    expect(Object.keys(hooks)).toEqual(['astro:build:start', 'astro:build:generated']);
    const lines: string[] = [];
    const logger = { debug: (message: string) => lines.push(message) };
    type Hook = (options: { logger: typeof logger }) => void;
    const released = (moment: string) =>
      new RegExp(`^${moment}: resident \\d+\\.\\d\\d GiB -> \\d+\\.\\d\\d GiB \\(\\d+ ms\\)$`);

    releaseMemoryInBuild('story built');
    expect(lines, 'not in a build (astro dev, tests)').toEqual([]);
    (hooks['astro:build:start'] as unknown as Hook)({ logger });
    releaseMemoryInBuild('story built');
    (hooks['astro:build:generated'] as unknown as Hook)({ logger });
    releaseMemoryInBuild('story built');
    expect(lines).toEqual([
      expect.stringMatching(released('content synced')),
      expect.stringMatching(released('story built')),
      expect.stringMatching(released('pages built')),
    ]);
  });
});
