import { describe, expect, it } from 'vitest';
import { toIso, type CalendarDate } from '../../../../src/lib/dates/calendar-date.ts';
import { daysBetween, resolveRelativeDate, type ResolvedDate } from '../../../../src/lib/dates/relative-date.ts';

const day = (text: string): CalendarDate => {
  const [y, m, d] = text.split('-').map(Number);
  return { year: y!, month: m!, day: d!, precision: 'day' };
};

function resolve(phrase: string, reference: string): string {
  const result = resolveRelativeDate(phrase, day(reference));
  if ('error' in result) return `error: ${result.error}`;
  const { date, part, end } = result as ResolvedDate;
  return `${part ? `${part} ` : ''}${toIso(date)}${end ? `..${toIso(end)}` : ''}`;
}

describe('resolveRelativeDate, as the articles use it', () => {
  // 2024-11-19 is a Tuesday; 2024-11-14 a Thursday; 2024-11-17 a Sunday.
  it.each([
    ['last Thursday', '2024-11-19', '2024-11-14'],
    ['Last Thursday', '2024-11-15', '2024-11-14'],
    ['On Sunday', '2024-11-19', '2024-11-17'],
    ['on Sunday', '2024-11-18', '2024-11-17'],
    ['last July', '2024-11-14', '2024-07'],
    ['last September', '2024-11-18', '2024-09'],
    ['in September', '2024-11-13', '2024-09'],
    ['In early April', '2024-04-25', 'early 2024-04'],
    ['In late September', '2024-11-18', 'late 2024-09'],
    ['in March', '2024-04-25', '2024-03'],
    ['On April 13', '2024-04-25', '2024-04-13'],
    ['on May 17', '2018-05-21', '2018-05-17'],
    ['On May 9', '2018-05-22', '2018-05-09'],
    ['today, Thursday, November 14', '2024-11-14', '2024-11-14'],
    ['on November 13', '2024-11-14', '2024-11-13'],
    ['on the 11th and 12th of this month', '2024-11-18', '2024-11-11..2024-11-12'],
    ['earlier this year', '2024-04-25', '2024-01..2024-04'],
    ['A day later', '2018-05-17', '2018-05-18'],
    ['the next day', '2018-05-17', '2018-05-18'],
    ['two days earlier', '2024-03-01', '2024-02-28'],
    ['yesterday', '2024-03-01', '2024-02-29'],
    ['last month', '2024-01-15', '2023-12'],
    ['last year', '2024-01-15', '2023'],
    ['last month', '2024-03-15', '2024-02'],
    ['on the 28th of last month', '2024-03-15', '2024-02-28'],
  ])('"%s" written on %s means %s', (phrase, reference, expected) => {
    expect(resolve(phrase, reference)).toBe(expected);
  });

  it('counts a weekday back from the day before: "last Thursday" on a Thursday is a week earlier', () => {
    expect(resolve('last Thursday', '2024-11-21')).toBe('2024-11-14');
  });

  it('takes a month and day without a year from the most recent year it fits', () => {
    expect(resolve('on December 30', '2025-01-03')).toBe('2024-12-30');
    expect(resolve('in November', '2024-11-02')).toBe('2024-11');
    expect(resolve('last November', '2024-11-02')).toBe('2023-11');
  });

  it('checks a weekday named with the date', () => {
    expect(resolve('Friday, November 14', '2024-11-20')).toMatch(/names a friday, but 14\/11\/2024 was a thursday/);
  });

  it('checks that "today" is the reference day', () => {
    expect(resolve('today, Thursday, November 14', '2024-11-15')).toMatch(/it says "today"/);
  });

  it('refuses impossible dates and unknown phrases rather than guess', () => {
    expect(resolve('on February 30', '2024-03-05')).toMatch(/has no day 30/);
    expect(resolve('on the 30th of last month', '2024-03-15')).toMatch(/has no day 30/);
    expect(resolve('recently', '2024-03-05')).toMatch(/not a relative date this site can resolve/);
    expect(resolve('the other day', '2024-03-05')).toMatch(/^error/);
  });

  it('needs a reference day', () => {
    const result = resolveRelativeDate('last Thursday', { year: 2024, month: 11, precision: 'month' });
    expect(result).toEqual({ error: expect.stringContaining('reference day') });
  });
});

describe('daysBetween', () => {
  it('lists the days of a window, inclusive, across a month end', () => {
    expect(daysBetween(day('2024-02-28'), day('2024-03-01')).map(toIso)).toEqual([
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
  });
});
