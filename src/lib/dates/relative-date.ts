/**
 * Resolves the few ways news articles date things relative to their own date ("last Thursday",
 * "on Sunday", "last July", "In early April", "on May 17", "earlier this year", "on the 11th and
 * 12th of this month") or to another event ("A day later").
 *
 * The grammar is deliberately small: a phrase it does not know is an error for the editor to
 * see, never a guess. Conventions (the usual newsroom reading):
 * - a bare or "last"/"on" weekday is the most recent such day *before* the reference day;
 * - a month-and-day or a month without a year is the most recent one on or before it
 *   ("last <month>" is strictly before the reference month);
 * - "today"/"this month" are the reference day/month itself.
 */
import { parseCalendarDate, type CalendarDate } from './calendar-date.ts';
import type { PartOfPeriod } from './published-date.ts';

/** A resolved phrase, in the same shape an event's `when` is written in. */
export interface ResolvedDate {
  date: CalendarDate;
  part?: PartOfPeriod | undefined;
  end?: CalendarDate | undefined;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

const WEEKDAY = `(${WEEKDAYS.join('|')})`;
const MONTH = `(${MONTHS.join('|')})`;
const ORDINAL = '(\\d{1,2})(?:st|nd|rd|th)?';
const PART = '(early|mid-?|late)';

function day(d: Date): CalendarDate {
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), precision: 'day' };
}

function utc(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = utc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return day(d);
}

function checkedDay(year: number, month: number, dayOfMonth: number): CalendarDate | { error: string } {
  const text = `${year}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  return parseCalendarDate(text);
}

/** The most recent given weekday strictly before `reference`. */
function weekdayBefore(reference: CalendarDate, weekday: number): CalendarDate {
  const back = (utc(reference).getUTCDay() - weekday + 7) % 7 || 7;
  return addDays(reference, -back);
}

/** The most recent month `month` (1-12) on or before the reference month (strictly before if `strict`). */
function monthOnOrBefore(reference: CalendarDate, month: number, strict: boolean): CalendarDate {
  const refMonth = reference.month!;
  const year = month < refMonth || (month === refMonth && !strict) ? reference.year : reference.year - 1;
  return { year, month, precision: 'month' };
}

function previousMonth(reference: CalendarDate): CalendarDate {
  return reference.month === 1
    ? { year: reference.year - 1, month: 12, precision: 'month' }
    : { year: reference.year, month: reference.month! - 1, precision: 'month' };
}

function partOf(word: string | undefined): PartOfPeriod | undefined {
  if (!word) return undefined;
  return word.startsWith('mid') ? 'mid' : (word as PartOfPeriod);
}

/** Lower case, single spaces, curly apostrophes straightened, no trailing punctuation. */
function clean(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]+$/, '')
    .trim();
}

type Rule = [RegExp, (match: RegExpExecArray, reference: CalendarDate) => ResolvedDate | { error: string }];

const RULES: Rule[] = [
  [/^today$/, (_, ref) => ({ date: ref })],
  [/^yesterday$/, (_, ref) => ({ date: addDays(ref, -1) })],
  [/^(?:the )?(?:next|following) day$|^the day after$/, (_, ref) => ({ date: addDays(ref, 1) })],
  [/^the day before$/, (_, ref) => ({ date: addDays(ref, -1) })],
  [
    /^(a|one|two|three|four|five|six|seven|\d+) (day|days|week|weeks) (later|after|afterwards|earlier|before)$/,
    ([, count, unit, direction], ref) => {
      const n = (NUMBERS[count!] ?? Number(count)) * (unit!.startsWith('week') ? 7 : 1);
      return { date: addDays(ref, /later|after/.test(direction!) ? n : -n) };
    },
  ],
  [
    new RegExp(`^(?:on )?(?:(?:last|this past) )?${WEEKDAY}$`),
    ([, weekday], ref) => ({ date: weekdayBefore(ref, WEEKDAYS.indexOf(weekday!)) }),
  ],
  [
    // "today, Thursday, November 14", "on May 17", "Thursday, 14 November"
    new RegExp(`^(?:on )?(today, )?(?:${WEEKDAY},? )?(?:${MONTH} ${ORDINAL}|${ORDINAL} ${MONTH})$`),
    ([, today, weekday, monthA, dayA, dayB, monthB], ref) => {
      const month = MONTHS.indexOf((monthA ?? monthB)!) + 1;
      const dayOfMonth = Number(dayA ?? dayB);
      const { year } = monthOnOrBefore(ref, month, false);
      // The most recent such date on or before the reference day.
      const thisYear = checkedDay(year, month, dayOfMonth);
      if ('error' in thisYear) return thisYear;
      const date = utc(thisYear) > utc(ref) ? checkedDay(year - 1, month, dayOfMonth) : thisYear;
      if ('error' in date) return date;
      if (weekday && utc(date).getUTCDay() !== WEEKDAYS.indexOf(weekday)) {
        return {
          error: `it names a ${weekday}, but ${date.day}/${date.month}/${date.year} was a ${WEEKDAYS[utc(date).getUTCDay()]}`,
        };
      }
      if (today && (date.day !== ref.day || date.month !== ref.month || date.year !== ref.year)) {
        return { error: `it says "today", but the reference date is ${ref.day}/${ref.month}/${ref.year}` };
      }
      return { date };
    },
  ],
  [
    new RegExp(`^(?:(?:in|on|since) )?(last )?(?:${PART} )?${MONTH}$`),
    ([, last, part, month], ref) => ({
      date: monthOnOrBefore(ref, MONTHS.indexOf(month!) + 1, Boolean(last)),
      part: partOf(part),
    }),
  ],
  [
    new RegExp(`^(?:(?:on|in) )?the ${ORDINAL}(?:(?: and|-| to) (?:the )?${ORDINAL})? of (this|last) month$`),
    ([, first, second, which], ref) => {
      const month = which === 'this' ? { year: ref.year, month: ref.month! } : previousMonth(ref);
      const start = checkedDay(month.year, month.month!, Number(first));
      if ('error' in start) return start;
      if (second === undefined) return { date: start };
      const end = checkedDay(month.year, month.month!, Number(second));
      if ('error' in end) return end;
      return { date: start, end };
    },
  ],
  [/^(?:(?:in|from) )?this month$/, (_, ref) => ({ date: { year: ref.year, month: ref.month!, precision: 'month' } })],
  [/^(?:(?:in|from) )?last month$/, (_, ref) => ({ date: previousMonth(ref) })],
  [
    // From the start of the year to the reference month.
    /^(?:earlier|early) (?:in )?this year$/,
    (_, ref) => ({
      date: { year: ref.year, month: 1, precision: 'month' },
      end: { year: ref.year, month: ref.month!, precision: 'month' },
    }),
  ],
  [/^(?:(?:in|from) )?this year$/, (_, ref) => ({ date: { year: ref.year, precision: 'year' } })],
  [/^(?:(?:in|from) )?last year$/, (_, ref) => ({ date: { year: ref.year - 1, precision: 'year' } })],
];

/**
 * Resolves `phrase` against one reference day (an article's publication day, or the day of the
 * event it counts from), or explains why it cannot.
 */
export function resolveRelativeDate(phrase: string, reference: CalendarDate): ResolvedDate | { error: string } {
  if (reference.precision !== 'day') {
    return {
      error: `a relative date needs a reference day, but the reference is only known to the ${reference.precision}`,
    };
  }
  const text = clean(phrase);
  for (const [pattern, resolve] of RULES) {
    const match = pattern.exec(text);
    if (match) {
      const resolved = resolve(match, reference);
      return 'error' in resolved ? { error: `"${phrase}": ${resolved.error}` } : resolved;
    }
  }
  return {
    error: `"${phrase}" is not a relative date this site can resolve (e.g. "last Thursday", "on Sunday", "A day later", "last July", "In early April", "on May 17", "earlier this year", "the 11th and 12th of this month")`,
  };
}

/** Every day from `first` to `last` inclusive: the window an estimated publication date spans. */
export function daysBetween(first: CalendarDate, last: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let d = first; utc(d) <= utc(last); d = addDays(d, 1)) days.push(d);
  return days;
}
