/**
 * Packs marks and their labels into a fixed number of lanes (the chart's rows or columns) so
 * that nothing overlaps. Greedy, in the order given (callers sort), which keeps earlier items
 * in upper lanes and is stable when a zoom changes the scale a little.
 *
 * Each item has its mark's interval and label options (intervals that include the label) in
 * order of preference; the mark alone is the last resort. When even that fits nowhere (more
 * marks at one moment than lanes), the item is `crowded`: it goes in the lane where it meets
 * the fewest others, unlabelled, and is drawn underneath the rest so no text is covered.
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

export function assignLanes(items: readonly LaneItem[], laneCount: number): LanePlacement[] {
  const lanes: Interval[][] = Array.from({ length: laneCount }, () => []);
  return items.map((item) => {
    const tries = [...item.options, item.mark];
    for (const [option, interval] of tries.entries()) {
      const lane = lanes.findIndex((taken) => taken.every((t) => apart(t, interval)));
      if (lane !== -1) {
        lanes[lane]!.push(interval);
        return { lane, option: option < item.options.length ? option : -1, crowded: false };
      }
    }
    const clashes = lanes.map((taken) => taken.filter((t) => !apart(t, item.mark)).length);
    const lane = clashes.indexOf(Math.min(...clashes));
    return { lane, option: -1, crowded: true };
  });
}
