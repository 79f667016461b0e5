/**
 * Where every mark goes, for a time window and a chart geometry: pure arithmetic shared by the
 * build (static SVG) and the browser (re-layout on zoom and filter), so both draw the same.
 *
 * Focus: marks in lanes (rows across, columns down) chosen so that no mark or label overlaps
 * another; when the lanes run out, a mark keeps its place but loses its label (the tooltip and
 * the list still name it), and past a few hundred such crowded marks the rest are left out
 * (counted in `omitted`: zooming in brings them back), so the chart's size does not grow with
 * the story. Overview: how many marks each month holds, over the full time range: a bar per
 * month, not a tick per mark, for the same reason.
 */
import { max, min } from 'd3-array';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import type { ChartGeometry } from './geometry.ts';
import { assignLanes, type LaneItem } from './lanes.ts';
import { estimateTextWidth } from './label-width.ts';
import { markCentre, type TimelineMark } from './mark.ts';
import { timeTicks, type Tick } from './ticks.ts';

export type Domain = readonly [number, number];

export interface PlacedLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  text: string;
  /** Drawn over its own bar (long spans), so it needs a halo to stay legible. */
  onBar?: boolean | undefined;
}

export interface PlacedMark {
  mark: TimelineMark;
  /** Centre of the symbol. */
  x: number;
  y: number;
  /** False when the symbol's place (the date's centre) is outside the window: only the bar shows. */
  symbol: boolean;
  /** No lane had room: drawn underneath the others, unlabelled. */
  crowded?: boolean | undefined;
  /** The bar across the date's stretch (periods only), clipped to the focus. */
  bar?: { x: number; y: number; width: number; height: number } | undefined;
  label?: PlacedLabel | undefined;
  /** A line from the symbol to a label that had to move away from it. */
  leader?: { x1: number; y1: number; x2: number; y2: number } | undefined;
}

export interface FocusLayout {
  domain: Domain;
  marks: PlacedMark[];
  /** Crowded marks in the window left out of the drawing (zoom in to see them). */
  omitted: number;
  ticks: Tick[];
}

/** One month of the overview: how many events (row 0) or publications (row 1) it holds. */
export interface OverviewBin {
  /** Along the time axis: the month's stretch. */
  from: number;
  to: number;
  row: 0 | 1;
  count: number;
  /** The bar's length across the strip, from 0 to 1: `count` over the busiest month's in its row. */
  share: number;
}

export interface OverviewLayout {
  domain: Domain;
  bins: OverviewBin[];
  ticks: Tick[];
  /** The focused window on the overview's time axis. */
  window: { from: number; to: number };
}

type Side = 'after' | 'before' | 'inside';

const SYMBOL_HALF = 6;
const LABEL_GAP = 5;
const BAR_THICKNESS = 8;
const LINE_HEIGHT = 15;
const SHORT_MS = 32 * 86_400_000;
/**
 * At most this many crowded (unlabelled, overlapping) marks are drawn; placed marks are bounded
 * by the chart's size anyway. A story of thousands of articles zoomed out would otherwise put
 * thousands of marks on top of each other: megabytes of SVG that show nothing more.
 */
export const MAX_CROWDED_MARKS = 200;

/** The whole story's range, padded out to whole years. */
export function fullDomain(marks: readonly TimelineMark[]): Domain {
  if (marks.length === 0) {
    const year = utcYear.floor(new Date()).getTime();
    return [year, utcYear.offset(new Date(year), 1).getTime()];
  }
  // d3-array, not Math.min(...): spreading tens of thousands of arguments overflows the stack.
  const first = min(marks, (m) => m.start)!;
  const last = max(marks, (m) => m.end)!;
  return [utcYear.floor(new Date(first)).getTime(), utcYear.ceil(new Date(last)).getTime()];
}

/** The time scale along the focus's time axis. */
export function focusScale(geometry: ChartGeometry, domain: Domain): ScaleTime<number, number> {
  const { focus, orientation } = geometry;
  const range = orientation === 'horizontal' ? [focus.x0, focus.x1] : [focus.y0 + 8, focus.y1 - 8];
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range(range);
}

export function overviewScale(geometry: ChartGeometry, domain: Domain): ScaleTime<number, number> {
  const { overview } = geometry;
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range([overview.x0, overview.x1]);
}

function visible(mark: TimelineMark, domain: Domain): boolean {
  return mark.end > domain[0] && mark.start < domain[1];
}

/** Events first by time, longer ones first on a tie so spans take the upper lanes. */
function byTime(a: TimelineMark, b: TimelineMark): number {
  return a.start - b.start || b.end - a.end || a.id.localeCompare(b.id);
}

interface Along {
  mark: TimelineMark;
  t0: number;
  t1: number;
  /** Centre along the axis (may lie outside the window). */
  tc: number;
  /** Whether the symbol (at the centre) is in the window. */
  symbol: boolean;
}

function along(marks: readonly TimelineMark[], scale: ScaleTime<number, number>, lo: number, hi: number): Along[] {
  return marks.map((mark) => {
    const t0 = Math.max(lo, scale(new Date(mark.start)));
    const t1 = Math.min(hi, scale(new Date(mark.end)));
    const tc = scale(new Date(markCentre(mark)));
    return { mark, t0, t1, tc, symbol: tc >= lo && tc <= hi };
  });
}

/** The stretch a mark takes without its label: its bar and, when in view, its symbol. */
function markInterval({ t0, t1, tc, symbol }: Along): { from: number; to: number } {
  return symbol ? { from: Math.min(t0, tc - SYMBOL_HALF), to: Math.max(t1, tc + SYMBOL_HALF) } : { from: t0, to: t1 };
}

/**
 * Placement order: marks dated to within a month or so first (the news, most in need of a
 * label), then long spans, each group by time.
 */
function byPrecisionThenTime(items: Along[]): Along[] {
  const short = (a: Along) => (a.mark.end - a.mark.start <= SHORT_MS ? 0 : 1);
  return [...items].sort((a, b) => short(a) - short(b) || byTime(a.mark, b.mark));
}

/** Where a label fits on its own bar without covering the symbol, if it does. */
function insideLabelX(t0: number, t1: number, tc: number | undefined, width: number): number | undefined {
  const before = t0 + LABEL_GAP;
  if (tc === undefined) return before + width <= t1 - 2 ? before : undefined;
  if (before + width <= tc - SYMBOL_HALF - 2) return before;
  const after = tc + SYMBOL_HALF + LABEL_GAP;
  if (after + width <= t1 - 2) return after;
  return undefined;
}

function layoutHorizontal(
  marks: TimelineMark[],
  geometry: ChartGeometry,
  scale: ScaleTime<number, number>,
): PlacedMark[] {
  const { focus, lanes, laneSize, fontSize } = geometry;
  const placed: PlacedMark[] = [];
  const events = byPrecisionThenTime(
    along(
      marks.filter((m) => m.kind === 'event'),
      scale,
      focus.x0,
      focus.x1,
    ),
  );
  const sides: Side[][] = [];
  const insideAt: number[] = [];
  const items: LaneItem[] = events.map((item) => {
    const { mark, t0, t1, tc } = item;
    const { from, to } = markInterval(item);
    const width = estimateTextWidth(mark.label, fontSize);
    const options = [];
    const side: Side[] = [];
    if (to + LABEL_GAP + width <= focus.x1) {
      options.push({ from, to: to + LABEL_GAP + width });
      side.push('after');
    }
    if (from - LABEL_GAP - width >= focus.x0) {
      options.push({ from: from - LABEL_GAP - width, to });
      side.push('before');
    }
    // A long bar (often running past the window) carries its label on itself, clear of its symbol.
    const inside = insideLabelX(t0, t1, item.symbol ? tc : undefined, width);
    if (inside !== undefined) {
      options.push({ from, to });
      side.push('inside');
    }
    insideAt.push(inside ?? t0);
    sides.push(side);
    return { mark: { from, to }, options };
  });
  const top = focus.y0 + laneSize / 2;
  assignLanes(items, lanes).forEach(({ lane, option, crowded }, index) => {
    const item = events[index]!;
    const { mark, t0, t1, tc } = item;
    const { from, to } = markInterval(item);
    const y = top + lane * laneSize;
    const side = option === -1 ? undefined : sides[index]![option];
    const label: PlacedLabel | undefined =
      side === 'after'
        ? { x: to + LABEL_GAP, y, anchor: 'start', text: mark.label }
        : side === 'before'
          ? { x: from - LABEL_GAP, y, anchor: 'end', text: mark.label }
          : side === 'inside'
            ? { x: insideAt[index]!, y, anchor: 'start', text: mark.label, onBar: true }
            : undefined;
    placed.push({
      mark,
      x: tc,
      y,
      symbol: item.symbol,
      bar:
        mark.precision === 'period'
          ? { x: t0, y: y - BAR_THICKNESS / 2, width: Math.max(1, t1 - t0), height: BAR_THICKNESS }
          : undefined,
      label,
      crowded,
    });
  });
  // Publications: their own row under the lanes, two sub-rows when they crowd.
  const publications = along(
    marks.filter((m) => m.kind === 'publication'),
    scale,
    focus.x0,
    focus.x1,
  );
  const rowTop = focus.y0 + lanes * laneSize + 14;
  assignLanes(
    publications.map((item) => ({ mark: markInterval(item), options: [] })),
    2,
  ).forEach(({ lane, crowded }, index) => {
    const { mark, t0, t1, tc, symbol } = publications[index]!;
    const y = rowTop + lane * 14;
    placed.push({
      mark,
      x: tc,
      y,
      symbol,
      bar: mark.precision === 'period' ? { x: t0, y: y - 1, width: Math.max(1, t1 - t0), height: 2 } : undefined,
      crowded,
    });
  });
  return placed;
}

/**
 * Vertical: marks in narrow columns beside the axis, labels in one column to their right,
 * nudged apart so none overlap and joined to their mark by a leader line when moved.
 */
function layoutVertical(
  marks: TimelineMark[],
  geometry: ChartGeometry,
  scale: ScaleTime<number, number>,
): PlacedMark[] {
  const { focus, lanes, laneSize, fontSize } = geometry;
  const publicationX = 64;
  const firstLaneX = 84;
  const labelX = firstLaneX + lanes * laneSize + 8;
  const placed: PlacedMark[] = [];
  const publications = along(
    marks.filter((m) => m.kind === 'publication'),
    scale,
    focus.y0,
    focus.y1,
  );
  assignLanes(
    publications.map((item) => ({ mark: markInterval(item), options: [] })),
    1,
  ).forEach(({ crowded }, index) => {
    const { mark, t0, t1, tc, symbol } = publications[index]!;
    placed.push({
      mark,
      x: publicationX,
      y: tc,
      symbol,
      crowded,
      bar:
        mark.precision === 'period'
          ? { x: publicationX - 1, y: t0, width: 2, height: Math.max(1, t1 - t0) }
          : undefined,
    });
  });
  const events = byPrecisionThenTime(
    along(
      marks.filter((m) => m.kind === 'event'),
      scale,
      focus.y0,
      focus.y1,
    ),
  );
  const columns = assignLanes(
    events.map((item) => ({ mark: markInterval(item), options: [] })),
    lanes,
  );
  // Labels: wanted at their mark's height; pushed down past the one above, then back up from
  // the bottom edge; whatever still does not fit goes unlabelled.
  const order = events
    .map((e, index) => ({ index, want: e.symbol ? e.tc : (e.t0 + e.t1) / 2 }))
    .sort((a, b) => a.want - b.want || a.index - b.index);
  const room = Math.floor((focus.y1 - focus.y0) / LINE_HEIGHT);
  const labelled = order.length <= room ? order : thin(order, room);
  const ys = new Map<number, number>();
  let floor = focus.y0 + LINE_HEIGHT / 2;
  for (const { index, want } of labelled) {
    const y = Math.max(want, floor);
    ys.set(index, y);
    floor = y + LINE_HEIGHT;
  }
  let ceiling = focus.y1 - LINE_HEIGHT / 2;
  for (const { index } of [...labelled].reverse()) {
    const y = Math.min(ys.get(index)!, ceiling);
    ys.set(index, y);
    ceiling = y - LINE_HEIGHT;
  }
  const maxLabelWidth = geometry.width - labelX - 4;
  events.forEach(({ mark, t0, t1, tc, symbol }, index) => {
    const x = firstLaneX + columns[index]!.lane * laneSize;
    const anchorY = symbol ? tc : (t0 + t1) / 2;
    const labelY = ys.get(index);
    const fits = estimateTextWidth(mark.label, fontSize) <= maxLabelWidth;
    const label =
      labelY !== undefined && fits ? { x: labelX, y: labelY, anchor: 'start' as const, text: mark.label } : undefined;
    placed.push({
      mark,
      x,
      y: tc,
      symbol,
      // Crowded only when it has no label either: a labelled mark must be drawn.
      crowded: columns[index]!.crowded && !label,
      bar:
        mark.precision === 'period'
          ? { x: x - BAR_THICKNESS / 2, y: t0, width: BAR_THICKNESS, height: Math.max(1, t1 - t0) }
          : undefined,
      label,
      leader:
        label && Math.abs(label.y - anchorY) > 1
          ? { x1: x + SYMBOL_HALF, y1: anchorY, x2: labelX - 3, y2: label.y }
          : undefined,
    });
  });
  return placed;
}

/** Keeps `room` of the items, spread evenly, so a crowded stretch keeps some labels. */
function thin<T>(items: T[], room: number): T[] {
  if (room <= 0) return [];
  const step = items.length / room;
  return Array.from({ length: room }, (_, i) => items[Math.floor(i * step)]!);
}

export function layoutFocus(marks: readonly TimelineMark[], geometry: ChartGeometry, domain: Domain): FocusLayout {
  const scale = focusScale(geometry, domain);
  const shown = marks.filter((m) => visible(m, domain)).sort(byTime);
  const placed =
    geometry.orientation === 'horizontal'
      ? layoutHorizontal(shown, geometry, scale)
      : layoutVertical(shown, geometry, scale);
  const crowded = placed.filter((m) => m.crowded);
  const drawnCrowded = crowded.length > MAX_CROWDED_MARKS ? thin(crowded, MAX_CROWDED_MARKS) : crowded;
  // Crowded marks first, so everything placed properly (and every label) is drawn over them.
  const drawn = [...drawnCrowded, ...placed.filter((m) => !m.crowded)];
  const length = geometry.orientation === 'horizontal' ? 96 : 56;
  return { domain, marks: drawn, omitted: crowded.length - drawnCrowded.length, ticks: timeTicks(scale, length) };
}

/** Month (start, UTC ms) -> count, per row, of the marks whose centre falls in it. */
function monthlyCounts(marks: readonly TimelineMark[]): [Map<number, number>, Map<number, number>] {
  const rows: [Map<number, number>, Map<number, number>] = [new Map(), new Map()];
  for (const mark of marks) {
    const counts = rows[mark.kind === 'event' ? 0 : 1];
    const month = utcMonth.floor(new Date(markCentre(mark))).getTime();
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return rows;
}

export function layoutOverview(
  marks: readonly TimelineMark[],
  geometry: ChartGeometry,
  full: Domain,
  window: Domain,
): OverviewLayout {
  const scale = overviewScale(geometry, full);
  const bins = monthlyCounts(marks).flatMap((counts, row) => {
    const busiest = Math.max(0, ...counts.values());
    return [...counts]
      .sort((a, b) => a[0] - b[0])
      .map(([month, count]) => ({
        from: scale(new Date(month)),
        to: scale(utcMonth.offset(new Date(month), 1)),
        row: row as 0 | 1,
        count,
        share: count / busiest,
      }));
  });
  const ticks = timeTicks(scale, geometry.orientation === 'horizontal' ? 60 : 44).filter((t) => t.major);
  return {
    domain: full,
    bins,
    ticks,
    window: { from: scale(new Date(window[0])), to: scale(new Date(window[1])) },
  };
}
