/**
 * When an event happened, as far as the articles tell: a calendar date at its own precision,
 * optionally narrowed to part of its month or year ("early April 2024", "mid-2013"), optionally
 * a span ("2015–2019", "11–12 November 2024"), and flagged approximate when the sources only
 * say roughly. Dates the articles give relative to their own date ("last Thursday") record
 * where they came from (`derivedFrom`); `relative-date.ts` resolves them.
 */
import { endOf, startOf, toIso, type CalendarDate } from './calendar-date.ts';
import type { PartOfPeriod } from './published-date.ts';

/** How a date was worked out from an article's words rather than read off them. */
export interface DerivedDate {
  /** Slug of the article the phrase is in. */
  article: string;
  /** The phrase, word for word ("last Thursday", "A day later"). */
  phrase: string;
  /** Id of another event the phrase counts from ("a day later"); the article's date otherwise. */
  relativeTo?: string | undefined;
}

export interface EventWhen {
  /** The date, or the first date of a span. */
  date: CalendarDate;
  part?: PartOfPeriod | undefined;
  /** Last date of a span (inclusive). */
  end?: CalendarDate | undefined;
  endPart?: PartOfPeriod | undefined;
  /** True when the sources give the date only roughly. */
  approximate: boolean;
  derivedFrom?: DerivedDate | undefined;
  /** Why the date is what it is, when the quotes alone do not show it. */
  basis?: string | undefined;
}

/** The parts of an event's date that say when, without where it came from. */
export type EventPeriod = Pick<EventWhen, 'date' | 'part' | 'end' | 'endPart' | 'approximate'>;

/** A stretch of time: `start` inclusive, `end` exclusive, both UTC midnights. */
export interface Extent {
  start: Date;
  end: Date;
}

const DAY_MS = 86_400_000;

/**
 * The part of a month or year a part-word covers. Months split at the 11th and 21st (the
 * usual reading of "early/mid/late"), years into thirds of four months.
 */
export function periodExtent(date: CalendarDate, part?: PartOfPeriod): Extent {
  const start = startOf(date);
  const end = endOf(date);
  if (!part || date.precision === 'day') return { start, end };
  if (date.precision === 'month') {
    const bounds = { early: [1, 11], mid: [11, 21], late: [21, 0] } as const;
    const [from, to] = bounds[part];
    const month = date.month! - 1;
    return {
      start: new Date(Date.UTC(date.year, month, from)),
      end: to === 0 ? end : new Date(Date.UTC(date.year, month, to)),
    };
  }
  const months = { early: [0, 4], mid: [4, 8], late: [8, 12] } as const;
  const [from, to] = months[part];
  return { start: new Date(Date.UTC(date.year, from, 1)), end: new Date(Date.UTC(date.year, to, 1)) };
}

/** The whole stretch of time an event's date covers. */
export function eventExtent(when: Omit<EventPeriod, 'approximate'>): Extent {
  const first = periodExtent(when.date, when.part);
  if (!when.end) return first;
  return { start: first.start, end: periodExtent(when.end, when.endPart).end };
}

/** Whether `outer` covers all of `inner`. */
export function extentContains(outer: Extent, inner: Extent): boolean {
  return outer.start.getTime() <= inner.start.getTime() && inner.end.getTime() <= outer.end.getTime();
}

/** Length in whole days. */
export function extentDays(extent: Extent): number {
  return Math.round((extent.end.getTime() - extent.start.getTime()) / DAY_MS);
}

/** Chronological: earlier start first, then the shorter (more precise) one. */
export function compareEventDates(a: EventPeriod, b: EventPeriod): number {
  const x = eventExtent(a);
  const y = eventExtent(b);
  return x.start.getTime() - y.start.getTime() || x.end.getTime() - y.end.getTime();
}

/** English month names, as the timeline prints them. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function partWord(part: PartOfPeriod | undefined, precision: CalendarDate['precision']): string {
  if (!part) return '';
  if (part === 'mid') return 'mid-';
  // "early 2024" but "early April 2024": the same word either way, kept here for clarity.
  return precision === 'day' ? '' : `${part} `;
}

/** One end of a date in words; `show` drops what the other end already says. */
function words(date: CalendarDate, part: PartOfPeriod | undefined, show: { month: boolean; year: boolean }): string {
  const lead = partWord(part, date.precision);
  if (date.precision === 'year') return `${lead}${date.year}`;
  const month = MONTHS[date.month! - 1]!;
  const year = show.year ? ` ${date.year}` : '';
  if (date.precision === 'month') return `${lead}${month}${year}`;
  return show.month ? `${date.day} ${month}${year}` : String(date.day);
}

/** One end of the date, for a `<time>` element: machine-readable at its precision, and in words. */
export interface DateEnd {
  iso: string;
  text: string;
}

export interface EventDateText {
  /** "about " for an approximate date that has no part-word to say so. */
  prefix: string;
  start: DateEnd;
  /** The second end of a span. */
  end?: DateEnd | undefined;
  /** Between the ends: a tight en dash between plain numbers, a spaced one otherwise. */
  separator: string;
}

/** The date in words, split so each end can sit in its own `<time datetime>`. */
export function describeEventDate(when: EventPeriod): EventDateText {
  const { date, part, end, endPart, approximate } = when;
  const prefix = approximate && !part && !endPart ? 'about ' : '';
  if (!end) {
    return { prefix, start: { iso: toIso(date), text: words(date, part, { month: true, year: true }) }, separator: '' };
  }
  const sameYear = date.year === end.year;
  const sameMonth = sameYear && date.month !== undefined && date.month === end.month;
  const bothDays = date.precision === 'day' && end.precision === 'day';
  const startText = words(date, part, {
    month: !(bothDays && sameMonth),
    year: !sameYear || date.precision === 'year',
  });
  const endText = words(end, endPart, { month: true, year: true });
  const plain = (bothDays && sameMonth) || (date.precision === 'year' && end.precision === 'year' && !part && !endPart);
  return {
    prefix,
    start: { iso: toIso(date), text: startText },
    end: { iso: toIso(end), text: endText },
    separator: plain ? '–' : ' – ',
  };
}

/** The date as one string: "early April 2024", "about 17 November 2024", "2015–2019". */
export function formatEventDate(when: EventPeriod): string {
  const text = describeEventDate(when);
  return `${text.prefix}${text.start.text}${text.end ? `${text.separator}${text.end.text}` : ''}`;
}
