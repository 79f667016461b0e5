/**
 * Figures an article states (counts from a study, say), one YAML file per set in
 * `content/figures/`. Each number carries the words it comes from, and each breakdown says which
 * stated total its parts make up, so the build can check them (`lib/story/check-figures.ts`):
 *
 * - every quote is found word for word in the article, and contains its number;
 * - the parts of a breakdown add up to the total the text says they make up; where the text's own
 *   numbers do not add up, the breakdown must say so in `discrepancy`, with the actual sum. The
 *   numbers are never adjusted to fit.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { calendarDateSchema } from './calendar-date-schema.ts';
import { publishedDateSchema } from './published-date-schema.ts';

const text = () => z.string().trim().min(1, 'expected text, got an empty string');
const localId = () =>
  z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens, e.g. "sites-2024"');
const count = () => z.number().int('expected a whole number').nonnegative('expected a count, not a negative number');

export function figuresSchema() {
  return z.strictObject({
    /** What the figures count, as a title in our words, e.g. "Iranian military sites in Syria". */
    title: text(),
    /** The plural noun for one unit, used in tables and sentences: "sites". */
    unit: text(),
    /** Who produced the figures, by its file name in `content/entities/`. */
    source: reference('entities'),
    /** When the source published them. */
    published: publishedDateSchema(),
    /** The article that reports them, by its file name in `content/articles/`; every quote is checked against it. */
    article: reference('articles'),
    /** Every total the text states. */
    totals: z
      .array(
        z.strictObject({
          /** Short id that breakdowns use to name this total, e.g. "sites-2024". */
          id: localId(),
          /** What it counts, in our words, e.g. "Iranian military sites, 2024". */
          label: text(),
          /** The number as stated. */
          count: count(),
          /** The period the count describes, as the text gives it. */
          asOf: z
            .strictObject({
              /** "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
              date: calendarDateSchema(),
              /** "early", "mid" or "late" in that month or year, when the text says so ("mid-2023"). */
              part: z.enum(['early', 'mid', 'late']).optional(),
            })
            .optional(),
          /** The article's words that state it, containing the number. */
          quote: text(),
        }),
      )
      .min(1, 'expected at least one stated total'),
    /** Totals the text splits into parts. */
    breakdowns: z
      .array(
        z.strictObject({
          /** Short id, e.g. "by-governorate". */
          id: localId(),
          /** What the split shows, in our words, e.g. "Sites by governorate". */
          label: text(),
          /** The total (its `id` in `totals`) that the text says these parts make up. */
          of: localId(),
          /**
           * The parts. Either a place with its count and quote, a labelled count with its quote,
           * or another stated total (`total: <id>`) that is itself a part.
           */
          parts: z
            .array(
              z
                .strictObject({
                  /** A place, by its file name in `content/entities/`. */
                  place: reference('entities').optional(),
                  /** The part's name, when it is not a place (or to override the place's name). */
                  label: text().optional(),
                  /** The count as stated. */
                  count: count().optional(),
                  /** The article's words that state it, containing the number (and naming the place). */
                  quote: text().optional(),
                  /** Another stated total that is this part. */
                  total: localId().optional(),
                })
                .superRefine((part, ctx) => {
                  if (part.total !== undefined) {
                    for (const key of ['place', 'count', 'quote'] as const) {
                      if (part[key] !== undefined)
                        ctx.addIssue({
                          code: 'custom',
                          path: [key],
                          message: `a part given as "total" takes its count and quote from that total; remove "${key}"`,
                        });
                    }
                    return;
                  }
                  if (part.count === undefined)
                    ctx.addIssue({
                      code: 'custom',
                      path: ['count'],
                      message: 'expected the count as stated (or "total: <id>")',
                    });
                  if (part.quote === undefined)
                    ctx.addIssue({
                      code: 'custom',
                      path: ['quote'],
                      message: 'expected the words that state this count',
                    });
                  if (part.place === undefined && part.label === undefined)
                    ctx.addIssue({
                      code: 'custom',
                      path: ['label'],
                      message: 'expected "place" or "label": what this part is',
                    });
                }),
            )
            .min(2, 'expected at least two parts'),
          /**
           * Required exactly when the parts do not add up to the total in `of`: the actual sum, the
           * stated total it matches if any, and what a reader should make of it.
           */
          discrepancy: z
            .strictObject({
              /** What the parts actually add up to. */
              sumOfParts: count(),
              /** Another stated total (its `id`) that the parts do add up to, if one does. */
              matches: localId().optional(),
              /** The discrepancy in words, shown to readers beside the figures. */
              note: text(),
            })
            .optional(),
        }),
      )
      .default([]),
    /** Anything else a reader should know about the figures, in our words. */
    note: text().optional(),
  });
}

export type FiguresData = z.output<ReturnType<typeof figuresSchema>>;
