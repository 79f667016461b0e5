/**
 * Packs marks and their labels into a fixed number of lanes (the chart's rows or columns) so
 * that nothing overlaps. Greedy, in the order given (callers sort), which keeps earlier items
 * in upper lanes and is stable when a zoom changes the scale a little.
 *
 * Each item has its mark's interval and label options (intervals that include the label) in
 * order of preference; the mark alone is the last resort. When even that fits nowhere (more
 * marks at one moment than lanes), the item is `crowded`: unlabelled, in the lane where it
 * covers the fewest labels and then the fewest marks, drawn underneath the rest.
 */
export interface Interval {
  from: number;
  to: number;
}

export interface LaneItem {
  mark: Interval;
  /** Intervals with the label, best first. */
  options: readonly Interval[];
}

export interface LanePlacement {
  lane: number;
  /** Index of the label option used; -1 for no label. */
  option: number;
  /** Placed over others because no lane had room. */
  crowded: boolean;
}

/** Minimum space between two things in a lane. */
const GAP = 4;

const apart = (a: Interval, b: Interval) => a.to + GAP <= b.from || b.to + GAP <= a.from;

/** How bad it is to lay `mark` over a lane: covering a label is far worse than covering a mark. */
function clash(occupants: readonly Occupant[], mark: Interval): number {
  let cost = 0;
  for (const { taken, mark: other } of occupants) {
    if (!apart(other, mark)) cost += 1;
    // The label sits after or before the occupant's mark.
    const after = { from: other.to, to: taken.to };
    const before = { from: taken.from, to: other.from };
    if ((after.to > after.from && !apart(after, mark)) || (before.to > before.from && !apart(before, mark)))
      cost += 100;
  }
  return cost;
}

interface Occupant {
  /** What the item takes, label included. */
  taken: Interval;
  mark: Interval;
}

export function assignLanes(items: readonly LaneItem[], laneCount: number): LanePlacement[] {
  const lanes: Occupant[][] = Array.from({ length: laneCount }, () => []);
  return items.map((item) => {
    const tries = [...item.options, item.mark];
    for (const [option, interval] of tries.entries()) {
      const lane = lanes.findIndex((occupants) => occupants.every((o) => apart(o.taken, interval)));
      if (lane !== -1) {
        lanes[lane]!.push({ taken: interval, mark: item.mark });
        return { lane, option: option < item.options.length ? option : -1, crowded: false };
      }
    }
    const costs = lanes.map((occupants) => clash(occupants, item.mark));
    const lane = costs.indexOf(Math.min(...costs));
    return { lane, option: -1, crowded: true };
  });
}
