import { describe, expect, it } from 'vitest';
import { fullDomain } from '../../../../src/lib/timeline/layout.ts';
import { busiestMonth, clusterWindows, openingWindow, presetWindows } from '../../../../src/lib/timeline/windows.ts';
import { FIXTURE_MARKS } from './fixture-marks.ts';

const day = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('windows worth jumping to', () => {
  it('opens on the year of the latest event, to the end of its month', () => {
    const [from, to] = openingWindow(FIXTURE_MARKS, fullDomain(FIXTURE_MARKS));
    expect([day(from), day(to)]).toEqual(['2024-01-01', '2024-12-01']);
  });

  it('finds runs of precisely dated events, ignoring spans of years that would glue them together', () => {
    const clusters = clusterWindows(FIXTURE_MARKS);
    // 2018: strike and statement are only two events, so no preset; 2024: report, talks, about-day.
    expect(clusters.map((c) => c.label)).toEqual(['Jul–Nov 2024']);
  });

  it('names the busiest month only when it holds a few events', () => {
    expect(busiestMonth(FIXTURE_MARKS)).toBeUndefined();
    const more = [...FIXTURE_MARKS, { ...FIXTURE_MARKS[6]!, id: 'x' }];
    expect(busiestMonth(more)?.label).toBe('November 2024');
  });

  it('always offers the whole story first, and no window twice', () => {
    const presets = presetWindows(FIXTURE_MARKS, fullDomain(FIXTURE_MARKS));
    expect(presets[0]!.label).toBe('All (2011–2024)');
    expect(new Set(presets.map((p) => p.domain.join())).size).toBe(presets.length);
  });
});
