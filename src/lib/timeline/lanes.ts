/**
 * Packs marks and their labels into a fixed number of lanes (the chart's rows or columns) so
 * that nothing overlaps. Greedy, in the order given (callers sort by time), which keeps earlier
 * items in upper lanes and is stable when a zoom changes the scale a little.
 *
 * Each item has its mark's interval and label options (intervals that include the label) in
 * order of preference; the mark alone is the last resort. When even that fits nowhere, the
 * item takes the lane where it meets the fewest other marks and every label in its way is
 * dropped, so text is never drawn over: a missing label can be read in the tooltip and the
 * list, a hidden mark cannot.
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
}

/** Minimum space between two things in a lane. */
const GAP = 4;

const apart = (a: Interval, b: Interval) => a.to + GAP <= b.from || b.to + GAP <= a.from;

export function assignLanes(items: readonly LaneItem[], laneCount: number): LanePlacement[] {
  const lanes: { index: number; taken: Interval; mark: Interval }[][] = Array.from({ length: laneCount }, () => []);
  const placements: LanePlacement[] = [];
  items.forEach((item, index) => {
    const tries = [...item.options, item.mark];
    for (const [option, interval] of tries.entries()) {
      const lane = lanes.findIndex((occupants) => occupants.every((o) => apart(o.taken, interval)));
      if (lane !== -1) {
        lanes[lane]!.push({ index, taken: interval, mark: item.mark });
        placements[index] = { lane, option: option < item.options.length ? option : -1 };
        return;
      }
    }
    const clashes = lanes.map((occupants) => occupants.filter((o) => !apart(o.mark, item.mark)).length);
    const lane = clashes.indexOf(Math.min(...clashes));
    for (const occupant of lanes[lane]!) {
      if (!apart(occupant.taken, item.mark)) {
        placements[occupant.index] = { lane, option: -1 };
        occupant.taken = occupant.mark;
      }
    }
    lanes[lane]!.push({ index, taken: item.mark, mark: item.mark });
    placements[index] = { lane, option: -1 };
  });
  return placements;
}
