/**
 * Claims grouped into the periods a reader compares them by: the month they were made, or the
 * year when only the year is known. Claims arrive oldest first (`Story.claims`) and stay so.
 */
import type { CalendarDate } from '../dates/calendar-date.ts';
import { formatCalendarDate } from '../dates/published-date.ts';

export interface Period<T> {
  /** "2024-11" or "2024". */
  key: string;
  /** "November 2024", or "2024, month not known". */
  label: string;
  claims: T[];
}

export function periodOf(date: CalendarDate): { key: string; label: string } {
  if (date.precision === 'year') return { key: String(date.year), label: `${date.year}, month not known` };
  const month: CalendarDate = { year: date.year, month: date.month!, precision: 'month' };
  return { key: `${date.year}-${String(date.month).padStart(2, '0')}`, label: formatCalendarDate(month) };
}

export function claimsByPeriod<T>(claims: readonly T[], dateOf: (claim: T) => CalendarDate): Period<T>[] {
  const periods: Period<T>[] = [];
  for (const claim of claims) {
    const { key, label } = periodOf(dateOf(claim));
    const last = periods.at(-1);
    if (last?.key === key) last.claims.push(claim);
    else periods.push({ key, label, claims: [claim] });
  }
  return periods;
}
