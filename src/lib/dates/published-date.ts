/**
 * The date a publisher put an article out, as far as we know it.
 *
 * Captures rarely print a date; most are estimates. The model keeps what an editor knows
 * (the best date, how precise it is, a window, the basis) so that no page presents an
 * estimate as an exact date.
 */
import { endOf, startOf, toIso, type CalendarDate } from './calendar-date.ts';

/** Where in a month (or year) an approximate date falls: "early April", "mid-June". */
export type PartOfPeriod = 'early' | 'mid' | 'late';

export interface PublishedDate {
  /** The best single date, at its own precision. */
  date: CalendarDate;
  part?: PartOfPeriod | undefined;
  /** True when the date is inferred rather than printed by the publisher. */
  estimate: boolean;
  /** Window of an estimate (inclusive days). */
  earliest?: CalendarDate | undefined;
  latest?: CalendarDate | undefined;
  /** Why we believe the estimate: the sentence or fact it rests on. */
  basis?: string | undefined;
}

const PART_START_DAY: Record<PartOfPeriod, number> = { early: 1, mid: 11, late: 21 };

/** The instant used to order articles: the start of the date, moved into its part of the month. */
export function sortInstant(published: PublishedDate): number {
  const start = startOf(published.date);
  if (published.part && published.date.precision === 'month') {
    start.setUTCDate(PART_START_DAY[published.part]);
  }
  return start.getTime();
}

/** Newest first; ties keep a stable order by the caller's secondary key. */
export function compareNewestFirst(a: PublishedDate, b: PublishedDate): number {
  return sortInstant(b) - sortInstant(a);
}

const longDay = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const monthYear = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });
const dayOnly = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric' });
const dayMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long' });

/** "14 November 2024", "April 2024", "2018": a calendar date in words, at its precision. */
export function formatCalendarDate(date: CalendarDate): string {
  const start = startOf(date);
  if (date.precision === 'day') return longDay.format(start);
  if (date.precision === 'month') return monthYear.format(start);
  return String(date.year);
}

/** "15–21 November 2024", "30 October – 2 November 2024": an inclusive window of days. */
export function formatWindow(from: CalendarDate, to: CalendarDate): string {
  const a = startOf(from);
  const b = startOf(to);
  if (toIso(from) === toIso(to)) return longDay.format(a);
  if (from.year !== to.year) return `${longDay.format(a)} – ${longDay.format(b)}`;
  if (from.month !== to.month) return `${dayMonth.format(a)} – ${longDay.format(b)}`;
  return `${dayOnly.format(a)}–${longDay.format(b)}`;
}

/**
 * The date as a reader should see it. Estimates always start with "about" so they can never
 * be mistaken for a printed date.
 */
export function formatPublishedDate(published: PublishedDate): string {
  const { date, part, estimate, earliest, latest } = published;
  let words: string;
  if (estimate && earliest && latest) words = formatWindow(earliest, latest);
  else if (part) words = `${part === 'mid' ? 'mid-' : `${part} `}${formatCalendarDate(date)}`;
  else words = formatCalendarDate(date);
  return estimate ? `about ${words}` : words;
}

/** The value for `<time datetime>`: the date at the precision we actually know. */
export function machineDate(published: PublishedDate): string {
  return toIso(published.date);
}

/**
 * ISO 8601 text for machines that cannot be told "estimate": an estimated day is coarsened
 * to its month, so no machine reader takes a guess for a printed date.
 */
export function honestIsoDate(published: PublishedDate): string {
  const { date } = published;
  if (published.estimate && date.precision === 'day')
    return toIso({ year: date.year, month: date.month!, precision: 'month' });
  return toIso(date);
}

/** An ISO 8601 timestamp for feeds and JSON-LD, which cannot express precision. */
export function approximateInstant(published: PublishedDate): Date {
  return new Date(sortInstant(published));
}

export { endOf, startOf, toIso };
