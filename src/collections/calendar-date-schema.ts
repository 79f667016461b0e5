/**
 * Zod schemas for dates written in front matter. See `lib/dates/calendar-date.ts` for why
 * dates must be quoted strings.
 */
import { z } from 'astro/zod';
import { parseCalendarDate, startOf, type CalendarDate, type Precision } from '../lib/dates/calendar-date.ts';

const QUOTE_HINT =
  'expected a quoted date such as "2024-11-14" (YAML turns an unquoted date into a Date and silently rolls impossible days over)';

/**
 * A written date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) that exists in the calendar and is not
 * in the future. `precisions` limits which forms are accepted.
 */
export function calendarDateSchema(precisions: readonly Precision[] = ['day', 'month', 'year']) {
  return z
    .string({
      error: (issue) =>
        issue.input instanceof Date ? QUOTE_HINT : 'expected a date written as "YYYY-MM-DD", "YYYY-MM" or "YYYY"',
    })
    .transform((text, ctx): CalendarDate => {
      const parsed = parseCalendarDate(text);
      if ('error' in parsed) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      if (!precisions.includes(parsed.precision)) {
        ctx.addIssue({
          code: 'custom',
          message: `expected a date at ${precisions.join(' or ')} precision, got "${text}" (${parsed.precision})`,
        });
        return z.NEVER;
      }
      if (startOf(parsed).getTime() > Date.now()) {
        ctx.addIssue({ code: 'custom', message: `"${text}" is in the future; dates record what has happened` });
        return z.NEVER;
      }
      return parsed;
    });
}
