import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../../src/lib/dates/calendar-date.ts';
import {
  compareNewestFirst,
  formatPublishedDate,
  formatWindow,
  honestIsoDate,
  machineDate,
  type PublishedDate,
} from '../../../../src/lib/dates/published-date.ts';

const day = (year: number, month: number, d: number): CalendarDate => ({ year, month, day: d, precision: 'day' });
const exact: PublishedDate = { date: day(2024, 11, 14), estimate: false };
const window: PublishedDate = {
  date: day(2024, 11, 18),
  estimate: true,
  earliest: day(2024, 11, 15),
  latest: day(2024, 11, 21),
  basis: 'Refers to remarks of Thursday 14 November.',
};
const lateApril: PublishedDate = {
  date: { year: 2024, month: 4, precision: 'month' },
  part: 'late',
  estimate: true,
  basis: 'x',
};

describe('formatPublishedDate', () => {
  it('writes an exact date plainly', () => {
    expect(formatPublishedDate(exact)).toBe('14 November 2024');
  });
  it('never writes an estimate without "about"', () => {
    expect(formatPublishedDate(window)).toBe('about 15–21 November 2024');
    expect(formatPublishedDate(lateApril)).toBe('about late April 2024');
    expect(formatPublishedDate({ ...lateApril, part: 'mid' })).toBe('about mid-April 2024');
    expect(formatPublishedDate({ date: { year: 2018, precision: 'year' }, estimate: true, basis: 'x' })).toBe(
      'about 2018',
    );
  });
});

describe('formatWindow', () => {
  it('spans months and years readably', () => {
    expect(formatWindow(day(2024, 10, 30), day(2024, 11, 2))).toBe('30 October – 2 November 2024');
    expect(formatWindow(day(2024, 12, 30), day(2025, 1, 2))).toBe('30 December 2024 – 2 January 2025');
    expect(formatWindow(day(2024, 1, 2), day(2024, 1, 2))).toBe('2 January 2024');
  });
});

describe('machine-readable dates', () => {
  it('keep the precision we know', () => {
    expect(machineDate(lateApril)).toBe('2024-04');
    expect(machineDate(exact)).toBe('2024-11-14');
  });
  it('coarsen an estimated day to its month for machines that cannot be told "estimate"', () => {
    expect(honestIsoDate(window)).toBe('2024-11');
    expect(honestIsoDate(exact)).toBe('2024-11-14');
  });
});

describe('compareNewestFirst', () => {
  it('orders by date, placing "late April" after mid-April days', () => {
    const midApril: PublishedDate = { date: day(2024, 4, 15), estimate: false };
    const sorted = [midApril, exact, lateApril].sort(compareNewestFirst);
    expect(sorted).toEqual([exact, lateApril, midApril]);
  });
});
