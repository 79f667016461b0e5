import { describe, expect, it } from 'vitest';
import { assignLanes, type LaneItem } from '../../../../src/lib/timeline/lanes.ts';

const item = (from: number, to: number, ...labels: [number, number][]): LaneItem => ({
  mark: { from, to },
  options: labels.map(([a, b]) => ({ from: a, to: b })),
});

describe('assignLanes', () => {
  it('reuses a lane once the previous item and its label are past', () => {
    expect(assignLanes([item(0, 10, [0, 60]), item(70, 80, [70, 120])], 3)).toEqual([
      { lane: 0, option: 0, crowded: false },
      { lane: 0, option: 0, crowded: false },
    ]);
  });

  it('moves to the next lane when a label is in the way, keeping the label', () => {
    expect(assignLanes([item(0, 10, [0, 60]), item(30, 40, [30, 90])], 3)).toEqual([
      { lane: 0, option: 0, crowded: false },
      { lane: 1, option: 0, crowded: false },
    ]);
  });

  it('takes the next label option (e.g. before the mark) when the first fits nowhere', () => {
    const placements = assignLanes([item(0, 10, [0, 100]), item(50, 60, [50, 150], [-40, 60])], 1);
    expect(placements[1]).toEqual({ lane: 0, option: -1, crowded: true });
    const roomy = assignLanes([item(100, 110, [100, 200]), item(50, 60, [50, 150], [0, 60])], 1);
    expect(roomy[1]).toEqual({ lane: 0, option: 1, crowded: false });
  });

  it('when more marks meet than there are lanes, marks the extra ones crowded and keeps every label', () => {
    const placements = assignLanes([item(0, 10, [0, 100]), item(20, 30, [20, 120]), item(50, 60, [50, 120])], 2);
    expect(placements).toEqual([
      { lane: 0, option: 0, crowded: false },
      { lane: 1, option: 0, crowded: false },
      { lane: 0, option: -1, crowded: true },
    ]);
  });

  it('puts a crowded mark where it meets the fewest others', () => {
    const placements = assignLanes([item(0, 100), item(0, 10), item(20, 30), item(5, 25)], 2);
    expect(placements.at(-1)).toEqual({ lane: 0, option: -1, crowded: true });
  });

  it('would rather cover a mark than a label', () => {
    // Lane 0: a mark with its label running to 100; lane 1: two marks. The newcomer at 40-50
    // would cover lane 0's label, so it goes over lane 1's marks instead.
    const placements = assignLanes([item(0, 10, [0, 100]), item(30, 60), item(62, 90), item(40, 50)], 2);
    expect(placements.at(-1)).toEqual({ lane: 1, option: -1, crowded: true });
  });
});
