/**
 * A claim on a question, one YAML file each in `content/claims/`: who made it, when, what it
 * says about the question, and where the articles report it, word for word.
 *
 * A claim is one statement by one claimant; when several articles report the same statement,
 * it has one report per article (or per passage). Quotes are checked against the article text
 * at build time (`lib/story/check-claims.ts`).
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { publishedDateSchema } from './published-date-schema.ts';
import { stanceSchema } from './stance.ts';

const text = () => z.string().trim().min(1, 'expected text, got an empty string');

/** Who made the claim: a named entity, or an unnamed source the article describes. */
function claimantSchema() {
  return z
    .strictObject({
      /** The person or organisation making the claim, by its file name in `content/entities/`. */
      entity: reference('entities').optional(),
      /** For an unnamed source: how the article describes it, e.g. "an Iraqi politician, speaking anonymously". */
      unnamed: text().optional(),
      /** For an unnamed source: the entity the article ties it to (an Iraqi politician: `iraq`). */
      affiliation: reference('entities').optional(),
    })
    .superRefine((value, ctx) => {
      if ((value.entity === undefined) === (value.unnamed === undefined)) {
        // On the claimant as a whole: the mistake is the pair, not either field's value.
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: 'give either "entity" (a named claimant) or "unnamed" (a description), not both or neither',
        });
      }
      if (value.affiliation && !value.unnamed) {
        ctx.addIssue({
          code: 'custom',
          path: ['affiliation'],
          message: '"affiliation" only applies to an unnamed source; for a named one, use "entity"',
        });
      }
    });
}

export function claimSchema() {
  return z.strictObject({
    /** The question the claim answers, by its file name in `content/questions/`. */
    question: reference('questions'),
    /** Who made the claim. */
    claimant: claimantSchema(),
    /**
     * When the claim was made (not when it was reported), at the precision the articles allow.
     * `estimate: true` when no article fixes the date; `basis` then says what it rests on.
     */
    made: publishedDateSchema(),
    /** What the claim says about the question: one of the stances in `collections/stance.ts`. */
    stance: stanceSchema(),
    /** The claim in one line of our own words, for lists and the open data. */
    summary: text().max(240, 'expected one line (at most 240 characters)'),
    /** Where the articles report the claim: at least one passage, word for word. */
    reports: z
      .array(
        z.strictObject({
          /** The article, by its file name in `content/articles/` (without `.md`). */
          article: reference('articles'),
          /**
           * The article's words that report the claim, copied exactly (a direct quotation or the
           * article's paraphrase) from one paragraph. Curly or straight quotes and dashes may differ.
           */
          quote: text(),
        }),
      )
      .min(1, 'expected at least one report: the article and the words that carry the claim'),
    /** What a reader should know to weigh the claim, in our words (e.g. "senior officers only"). */
    note: text().optional(),
  });
}

export type ClaimData = z.output<ReturnType<typeof claimSchema>>;
