/**
 * Time windows worth jumping to, found from the data rather than written for one story: the
 * recent stretch the chart opens on, the clusters of events separated by long quiet gaps, and
 * the busiest month. A newsroom pointing the site at its next story gets fitting presets.
 */
import { max, min } from 'd3-array';
import { utcMonth, utcYear } from 'd3-time';
import type { Domain } from './layout.ts';
import type { TimelineMark } from './mark.ts';
import { MONTHS } from '../dates/event-date.ts';

export interface NamedWindow {
  /** For the URL and tests. */
  id: string;
  label: string;
  domain: Domain;
}

const QUIET_GAP_MS = 180 * 86_400_000;
const SEASON_MS = 92 * 86_400_000;
const MIN_CLUSTER = 3;

/** From the start of the year of the latest event to the end of its month: where the story is now. */
export function openingWindow(marks: readonly TimelineMark[], full: Domain): Domain {
  const events = marks.filter((m) => m.kind === 'event');
  if (events.length === 0) return full;
  // d3-array, not Math.max(...): spreading tens of thousands of arguments overflows the stack.
  const latest = max(events, (m) => m.start)!;
  const lastEnd = max(marks, (m) => m.end)!;
  return [utcYear.floor(new Date(latest)).getTime(), utcMonth.ceil(new Date(lastEnd)).getTime()];
}

function monthName(time: number): string {
  const d = new Date(time);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

export function windowLabel([from, to]: Domain): string {
  const a = new Date(from);
  const b = new Date(to - 1);
  if (a.getUTCFullYear() === b.getUTCFullYear()) {
    if (a.getUTCMonth() === b.getUTCMonth()) return monthName(from);
    if (a.getUTCMonth() === 0 && b.getUTCMonth() === 11) return String(a.getUTCFullYear());
    return `${MONTHS[a.getUTCMonth()]!.slice(0, 3)}–${MONTHS[b.getUTCMonth()]!.slice(0, 3)} ${a.getUTCFullYear()}`;
  }
  return `${a.getUTCFullYear()}–${b.getUTCFullYear()}`;
}

/**
 * Runs of events with no gap longer than about six months, each of at least three events.
 * Only events dated to within a season count: a span of years would glue unrelated runs together.
 */
export function clusterWindows(marks: readonly TimelineMark[]): NamedWindow[] {
  const events = marks
    .filter((m) => m.kind === 'event' && m.end - m.start <= SEASON_MS)
    .sort((a, b) => a.start - b.start);
  const clusters: TimelineMark[][] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const mark of events) {
    if (clusters.length === 0 || mark.start - reach > QUIET_GAP_MS) clusters.push([]);
    clusters.at(-1)!.push(mark);
    reach = Math.max(reach, mark.end);
  }
  return clusters
    .filter((cluster) => cluster.length >= MIN_CLUSTER)
    .map((cluster) => {
      const from = utcMonth.floor(new Date(min(cluster, (m) => m.start)!)).getTime();
      const to = utcMonth.ceil(new Date(max(cluster, (m) => m.end)!)).getTime();
      const domain: Domain = [from, to];
      return { id: `cluster-${new Date(from).toISOString().slice(0, 7)}`, label: windowLabel(domain), domain };
    });
}

/** The calendar month with the most events that lie wholly inside it. */
export function busiestMonth(marks: readonly TimelineMark[]): NamedWindow | undefined {
  const counts = new Map<number, number>();
  for (const mark of marks) {
    if (mark.kind !== 'event') continue;
    const month = utcMonth.floor(new Date(mark.start)).getTime();
    if (mark.end <= utcMonth.offset(new Date(month), 1).getTime()) counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  const [month, count] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [];
  if (month === undefined || count === undefined || count < MIN_CLUSTER) return undefined;
  return {
    id: `month-${new Date(month).toISOString().slice(0, 7)}`,
    label: monthName(month),
    domain: [month, utcMonth.offset(new Date(month), 1).getTime()],
  };
}

/** "All years", the clusters, the busiest month: distinct windows only. */
export function presetWindows(marks: readonly TimelineMark[], full: Domain): NamedWindow[] {
  const all: NamedWindow = { id: 'all', label: `All (${windowLabel(full)})`, domain: full };
  const candidates = [all, ...clusterWindows(marks), busiestMonth(marks)].filter(
    (w): w is NamedWindow => w !== undefined,
  );
  const seen = new Set<string>();
  return candidates.filter((w) => {
    const key = w.domain.join();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
