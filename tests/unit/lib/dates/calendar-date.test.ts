import { describe, expect, it } from 'vitest';
import { endOf, parseCalendarDate, startOf, toIso } from '../../../../src/lib/dates/calendar-date.ts';

describe('parseCalendarDate', () => {
  it('reads the precision from the written form', () => {
    expect(parseCalendarDate('2024')).toEqual({ year: 2024, precision: 'year' });
    expect(parseCalendarDate('2024-04')).toEqual({ year: 2024, month: 4, precision: 'month' });
    expect(parseCalendarDate('2024-11-14')).toEqual({ year: 2024, month: 11, day: 14, precision: 'day' });
  });
  it('rejects dates that are not in the calendar, saying why', () => {
    expect(parseCalendarDate('2024-13-45')).toEqual({ error: '"2024-13-45" has no month 13 (months run 01-12)' });
    expect(parseCalendarDate('2023-02-29')).toEqual({ error: '"2023-02-29" has no day 29 (that month has 28 days)' });
    expect(parseCalendarDate('2024-02-29')).toMatchObject({ day: 29 });
  });
  it('rejects other forms', () => {
    for (const text of ['2024-11-5', '14/11/2024', 'November 2024', '24-11-14', '']) {
      expect(parseCalendarDate(text)).toHaveProperty('error');
    }
  });
});

describe('spans', () => {
  it('covers the whole day, month or year', () => {
    const month = parseCalendarDate('2024-12');
    if ('error' in month) throw new Error(month.error);
    expect(startOf(month).toISOString()).toBe('2024-12-01T00:00:00.000Z');
    expect(endOf(month).toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(toIso(month)).toBe('2024-12');
  });
});
