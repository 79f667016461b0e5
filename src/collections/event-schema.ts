/**
 * An event on the timeline, one YAML file each in `content/events/`: something the articles
 * report as happening at a date, told in our own words, with the exact words of every
 * article that reports it. References (articles, entities, `relativeTo`) and quotes are
 * checked against the other collections in `data/story.ts`.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { EVENT_CATEGORY_IDS } from '../lib/timeline/categories.ts';
import { eventExtent } from '../lib/dates/event-date.ts';
import { calendarDateSchema } from './calendar-date-schema.ts';

const nonEmpty = () => z.string().trim().min(1, 'expected text, got an empty string');
const part = () => z.enum(['early', 'mid', 'late']);

function whenSchema() {
  return z
    .strictObject({
      /** The date, or the first date of a span: "2024-11-14", "2024-04" or "2013". */
      date: calendarDateSchema(),
      /** "early", "mid" or "late" part of a month or year date ("mid-June 2013"). */
      part: part().optional(),
      /** Last date of a span, inclusive ("2015" to "2019"). */
      end: calendarDateSchema().optional(),
      /** Part of the end date's month or year. */
      endPart: part().optional(),
      /** `true` when the articles give the date only roughly ("early April", "about"). Required. */
      approximate: z.boolean(),
      /**
       * Set when the date is worked out from words relative to an article's date ("last
       * Thursday") or to another event ("A day later"); the build resolves the phrase and checks
       * that `date` covers what it means.
       */
      derivedFrom: z
        .strictObject({
          /** The article whose words give the date: its file name in `content/articles/`. */
          article: reference('articles'),
          /** The words, exactly as in that article's citation quote ("last Thursday"). */
          phrase: nonEmpty(),
          /** The event the phrase counts from, by file name in `content/events/`; the article's date otherwise. */
          relativeTo: z
            .string()
            .regex(/^[a-z0-9-]+$/, 'expected an event file name without ".yaml"')
            .optional(),
        })
        .optional(),
      /** Why the date is what it is, when the quotes alone do not show it; shown to readers. */
      basis: nonEmpty().optional(),
    })
    .superRefine((when, ctx) => {
      for (const [key, date] of [
        ['part', when.date],
        ['endPart', when.end],
      ] as const) {
        if (when[key] && (!date || date.precision === 'day')) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `"${key}" (early/mid/late) needs a month or year date such as "2024-04"`,
          });
        }
      }
      if ((when.part || when.endPart) && !when.approximate) {
        ctx.addIssue({
          code: 'custom',
          path: ['approximate'],
          message: '"early", "mid" and "late" are approximate: set "approximate: true"',
        });
      }
      if (when.endPart && !when.end) {
        ctx.addIssue({ code: 'custom', path: ['endPart'], message: '"endPart" needs an "end" date' });
      }
      if (when.end) {
        const extent = eventExtent(when);
        if (
          extent.end.getTime() <= extent.start.getTime() ||
          eventExtent({ ...when, end: undefined }).end >= extent.end
        ) {
          ctx.addIssue({ code: 'custom', path: ['end'], message: '"end" must come after "date"' });
        }
      }
    });
}

export function eventSchema() {
  return z.strictObject({
    /** What happened, in a short line of our own words (the list's heading). */
    headline: nonEmpty().max(100, 'expected a short headline (at most 100 characters)'),
    /** The chart's label: a few words, at most 32 characters. */
    label: nonEmpty().max(32, 'expected a label of at most 32 characters; the chart has little room'),
    /** One to three sentences of our own words. */
    summary: nonEmpty().max(600, 'expected a short summary (at most 600 characters)'),
    /** When it happened. */
    when: whenSchema(),
    /** What kind of event it is; the list is in `src/lib/timeline/categories.ts`. */
    category: z.enum(EVENT_CATEGORY_IDS, {
      // A missing category is left to the general "required field is missing", not "got undefined".
      error: (issue) =>
        issue.input === undefined
          ? undefined
          : `expected one of ${EVENT_CATEGORY_IDS.map((c) => `"${c}"`).join(', ')}, got ${JSON.stringify(issue.input)}`,
    }),
    /** People, organisations and places involved, by file name in `content/entities/`. */
    involved: z.array(reference('entities')).min(1, 'expected at least one person, organisation or place'),
    /** Every article that reports the event, each with its words. At least one. */
    citations: z
      .array(
        z.strictObject({
          /** The article, by its file name in `content/articles/`. */
          article: reference('articles'),
          /** The sentence or phrase that reports the event, word for word from the article. */
          quote: nonEmpty(),
        }),
      )
      .min(1, 'expected at least one citation: the article and the words that report the event'),
  });
}

export type EventFrontmatter = z.output<ReturnType<typeof eventSchema>>;
