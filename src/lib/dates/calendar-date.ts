/**
 * Calendar dates as editors write them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 *
 * Front matter keeps dates as quoted strings on purpose: YAML turns an unquoted `2024-13-45`
 * into a real Date (rolled over to 2025-02-14), so only the written text can be validated.
 */

export type Precision = 'day' | 'month' | 'year';

export interface CalendarDate {
  year: number;
  /** 1-12, absent at year precision */
  month?: number;
  /** 1-31, absent at month or year precision */
  day?: number;
  precision: Precision;
}

const WRITTEN_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses a written date, or explains why it is not one (the reason is shown to editors).
 */
export function parseCalendarDate(text: string): CalendarDate | { error: string } {
  const match = WRITTEN_DATE.exec(text);
  if (!match) return { error: `expected a date written as YYYY, YYYY-MM or YYYY-MM-DD, got "${text}"` };
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { year, precision: 'year' };
  const month = Number(m);
  if (month < 1 || month > 12) return { error: `"${text}" has no month ${m} (months run 01-12)` };
  if (d === undefined) return { year, month, precision: 'month' };
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return { error: `"${text}" has no day ${d} (that month has ${last} days)` };
  }
  return { year, month, day, precision: 'day' };
}

/** The first instant (UTC) the date covers. */
export function startOf(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** The first instant (UTC) after the date: exclusive end of its span. */
export function endOf(date: CalendarDate): Date {
  if (date.precision === 'day') return new Date(Date.UTC(date.year, date.month! - 1, date.day! + 1));
  if (date.precision === 'month') return new Date(Date.UTC(date.year, date.month!, 1));
  return new Date(Date.UTC(date.year + 1, 0, 1));
}

/** ISO text at the date's own precision, as `<time datetime>` wants it. */
export function toIso(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.precision === 'year') return String(date.year);
  if (date.precision === 'month') return `${date.year}-${pad(date.month!)}`;
  return `${date.year}-${pad(date.month!)}-${pad(date.day!)}`;
}
