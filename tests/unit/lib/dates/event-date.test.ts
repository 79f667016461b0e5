import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../../src/lib/dates/calendar-date.ts';
import {
  compareEventDates,
  describeEventDate,
  eventExtent,
  extentContains,
  formatEventDate,
  periodExtent,
  type EventPeriod,
} from '../../../../src/lib/dates/event-date.ts';

const day = (year: number, month: number, d: number): CalendarDate => ({ year, month, day: d, precision: 'day' });
const month = (year: number, m: number): CalendarDate => ({ year, month: m, precision: 'month' });
const year = (y: number): CalendarDate => ({ year: y, precision: 'year' });
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('periodExtent', () => {
  it('covers a whole day, month or year, end exclusive', () => {
    expect([iso(periodExtent(day(2024, 11, 14)).start), iso(periodExtent(day(2024, 11, 14)).end)]).toEqual([
      '2024-11-14',
      '2024-11-15',
    ]);
    expect(iso(periodExtent(month(2024, 2)).end)).toBe('2024-03-01');
    expect([iso(periodExtent(year(2013)).start), iso(periodExtent(year(2013)).end)]).toEqual([
      '2013-01-01',
      '2014-01-01',
    ]);
  });
  it('splits a month at the 11th and 21st for early, mid and late', () => {
    const early = periodExtent(month(2024, 4), 'early');
    const mid = periodExtent(month(2013, 6), 'mid');
    const late = periodExtent(month(2024, 9), 'late');
    expect([iso(early.start), iso(early.end)]).toEqual(['2024-04-01', '2024-04-11']);
    expect([iso(mid.start), iso(mid.end)]).toEqual(['2013-06-11', '2013-06-21']);
    expect([iso(late.start), iso(late.end)]).toEqual(['2024-09-21', '2024-10-01']);
  });
  it('splits a year into thirds', () => {
    const mid = periodExtent(year(2023), 'mid');
    expect([iso(mid.start), iso(mid.end)]).toEqual(['2023-05-01', '2023-09-01']);
    expect(iso(periodExtent(year(2024), 'late').end)).toBe('2025-01-01');
  });
  it('ignores a part on a day (the schema forbids it)', () => {
    expect(iso(periodExtent(day(2024, 1, 5), 'late').end)).toBe('2024-01-06');
  });
});

describe('eventExtent', () => {
  it('runs a span from the start of its first date to the end of its last', () => {
    const span = eventExtent({ date: year(2015), end: year(2019) });
    expect([iso(span.start), iso(span.end)]).toEqual(['2015-01-01', '2020-01-01']);
    const parts = eventExtent({ date: month(2024, 9), part: 'late', end: month(2024, 11), endPart: 'mid' });
    expect([iso(parts.start), iso(parts.end)]).toEqual(['2024-09-21', '2024-11-21']);
  });
  it('contains', () => {
    const november = eventExtent({ date: month(2024, 11) });
    expect(extentContains(november, eventExtent({ date: day(2024, 11, 14) }))).toBe(true);
    expect(extentContains(eventExtent({ date: day(2024, 11, 14) }), november)).toBe(false);
  });
});

describe('formatEventDate and describeEventDate', () => {
  const cases: [EventPeriod, string][] = [
    [{ date: day(2024, 11, 14), approximate: false }, '14 November 2024'],
    [{ date: day(2024, 11, 17), approximate: true }, 'about 17 November 2024'],
    [{ date: month(2024, 4), part: 'early', approximate: true }, 'early April 2024'],
    [{ date: month(2013, 6), part: 'mid', approximate: true }, 'mid-June 2013'],
    [{ date: month(2024, 4), approximate: true }, 'about April 2024'],
    [{ date: year(2016), approximate: false }, '2016'],
    [{ date: year(2024), part: 'early', approximate: true }, 'early 2024'],
    [{ date: year(2015), end: year(2019), approximate: false }, '2015–2019'],
    [{ date: year(2023), part: 'mid', end: year(2024), approximate: true }, 'mid-2023 – 2024'],
    [{ date: day(2024, 11, 11), end: day(2024, 11, 12), approximate: false }, '11–12 November 2024'],
    [{ date: day(2024, 10, 30), end: day(2024, 11, 2), approximate: false }, '30 October – 2 November 2024'],
    [
      { date: month(2024, 9), part: 'late', end: month(2024, 11), endPart: 'mid', approximate: true },
      'late September – mid-November 2024',
    ],
    [{ date: day(2023, 12, 30), end: day(2024, 1, 2), approximate: false }, '30 December 2023 – 2 January 2024'],
  ];
  it.each(cases)('%o reads "%s"', (when, text) => {
    expect(formatEventDate(when)).toBe(text);
  });
  it('gives each end a machine date at its own precision', () => {
    const text = describeEventDate({ date: year(2023), part: 'mid', end: month(2024, 7), approximate: true });
    expect(text.start.iso).toBe('2023');
    expect(text.end?.iso).toBe('2024-07');
    expect(describeEventDate({ date: month(2024, 4), part: 'early', approximate: true }).start.iso).toBe('2024-04');
  });
});

describe('compareEventDates', () => {
  it('orders by start, then the shorter (more precise) first', () => {
    const dates: EventPeriod[] = [
      { date: month(2024, 4), approximate: false },
      { date: day(2024, 4, 1), approximate: false },
      { date: year(2024), approximate: true },
      { date: month(2024, 4), part: 'early', approximate: true },
    ];
    expect([...dates].sort(compareEventDates).map(formatEventDate)).toEqual([
      'about 2024',
      '1 April 2024',
      'early April 2024',
      'April 2024',
    ]);
  });
});
