/**
 * The `published` front-matter field: an article's date with its precision and, for an
 * estimate, the window and the basis. Shape and display rules: `lib/dates/published-date.ts`.
 */
import { z } from 'astro/zod';
import { calendarDateSchema } from './calendar-date-schema.ts';
import { endOf, startOf } from '../lib/dates/calendar-date.ts';

export function publishedDateSchema() {
  return z
    .strictObject({
      /** Best single date, written "YYYY-MM-DD", "YYYY-MM" or "YYYY"; its form sets the precision. */
      date: calendarDateSchema(),
      /** Part of the month or year for an approximate date: "early", "mid" or "late". */
      part: z.enum(['early', 'mid', 'late']).optional(),
      /** `true` when the publisher's page does not print the date and we infer it. Required. */
      estimate: z.boolean(),
      /** First day the article can have been published (estimates only). */
      earliest: calendarDateSchema(['day']).optional(),
      /** Last day the article can have been published (estimates only). */
      latest: calendarDateSchema(['day']).optional(),
      /** What the estimate rests on, shown to readers beside the date. Required for an estimate. */
      basis: z.string().trim().min(1).optional(),
    })
    .superRefine((value, ctx) => {
      if (value.estimate && !value.basis) {
        ctx.addIssue({
          code: 'custom',
          path: ['basis'],
          message: 'an estimated date needs its basis: say what the estimate rests on',
        });
      }
      if (!value.estimate) {
        for (const key of ['earliest', 'latest', 'basis', 'part'] as const) {
          if (value[key] !== undefined) {
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: `"${key}" only applies to an estimate; set "estimate: true" or remove it`,
            });
          }
        }
      }
      if (value.part && value.date.precision === 'day') {
        ctx.addIssue({
          code: 'custom',
          path: ['part'],
          message: '"part" (early/mid/late) needs a month or year date such as "2024-04"',
        });
      }
      if ((value.earliest === undefined) !== (value.latest === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [value.earliest ? 'latest' : 'earliest'],
          message: 'give both "earliest" and "latest", or neither',
        });
      }
      if (value.earliest && value.latest) {
        const from = startOf(value.earliest).getTime();
        const to = startOf(value.latest).getTime();
        if (from > to)
          ctx.addIssue({ code: 'custom', path: ['latest'], message: '"latest" must not come before "earliest"' });
        if (startOf(value.date).getTime() > to || endOf(value.date).getTime() <= from) {
          ctx.addIssue({ code: 'custom', path: ['date'], message: '"date" must fall between "earliest" and "latest"' });
        }
      }
    });
}
