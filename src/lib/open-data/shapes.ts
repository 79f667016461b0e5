/**
 * The shapes of the open data files (`/data/*.json`), as zod schemas with a description on every
 * field. One definition serves three ends: the endpoints parse what they emit through these (so a
 * file can never drift from its documentation), `/data/<name>.schema.json` publishes them as JSON
 * Schema, and the `/data/` page documents them from that JSON Schema.
 */
import { z } from 'astro/zod';
import { ENTITY_KINDS } from '../../collections/entity-schema.ts';
import { STANCE_IDS } from '../../collections/stance.ts';
import { EVENT_CATEGORY_IDS } from '../timeline/categories.ts';

const url = () => z.string().meta({ description: 'Absolute address on this site.' });
const id = (what: string) =>
  z.string().meta({ description: `Id of the ${what}: its file name in content/, and its slug on the site.` });

export const dateShape = z
  .strictObject({
    date: z.string().meta({ description: 'Best single date, at its precision: "YYYY-MM-DD", "YYYY-MM" or "YYYY".' }),
    precision: z.enum(['day', 'month', 'year']).meta({ description: 'How much of the date is known.' }),
    part: z
      .enum(['early', 'mid', 'late'])
      .optional()
      .meta({ description: 'Part of the month or year, for an approximate date ("late April").' }),
    estimate: z.boolean().meta({
      description: 'True when no source prints the date and it is inferred: never read an estimate as a fact.',
    }),
    earliest: z.string().optional().meta({ description: 'First possible day of an estimate, "YYYY-MM-DD".' }),
    latest: z.string().optional().meta({ description: 'Last possible day of an estimate, "YYYY-MM-DD".' }),
    basis: z.string().optional().meta({ description: 'What an estimate rests on.' }),
  })
  .meta({ description: 'A date with its precision; estimates say so and give their basis.' });

export const articlesShape = z
  .strictObject({
    articles: z
      .array(
        z.strictObject({
          id: id('article'),
          url: url(),
          headline: z.string().meta({ description: 'As published, or written by our editors (see headlineBy).' }),
          headlineBy: z
            .enum(['publisher', 'editor'])
            .meta({ description: '"editor" when the capture had no headline and the tracker wrote one.' }),
          publisher: z
            .strictObject({
              id: id('publisher'),
              name: z.string().meta({ description: 'As the publisher styles itself.' }),
            })
            .meta({ description: 'Who published the article; its page on the site is /sources/<id>/.' }),
          published: dateShape,
          originalUrl: z
            .string()
            .optional()
            .meta({ description: "The article's address on the publisher's site, where known." }),
          translatedFrom: z
            .strictObject({
              outlet: z
                .string()
                .optional()
                .meta({ description: 'The outlet of the original, when the capture names it.' }),
              language: z.string().meta({ description: 'BCP 47 code of the original\'s language, e.g. "ar".' }),
            })
            .optional()
            .meta({ description: 'The original, when the article is a translation.' }),
          standfirst: z.string().optional().meta({ description: 'The line under the headline, word for word.' }),
          captureUrl: url().meta({ description: 'The raw text capture the article was copied from.' }),
          paragraphs: z
            .array(
              z.strictObject({
                id: z.string().meta({ description: 'The paragraph\'s anchor on the article page (`url` + "#" + id).' }),
                text: z.string().meta({ description: 'The paragraph, word for word.' }),
              }),
            )
            .meta({ description: 'The text, paragraph by paragraph (headings left out).' }),
          entities: z
            .array(z.string())
            .meta({ description: 'Ids of the entities the article mentions, in order of first mention.' }),
        }),
      )
      .meta({ description: 'Newest first.' }),
  })
  .meta({ description: 'The articles, word for word, with their provenance.' });

export const entitiesShape = z
  .strictObject({
    entities: z
      .array(
        z.strictObject({
          id: id('entity'),
          url: url(),
          name: z.string().meta({ description: 'Canonical name.' }),
          kind: z.enum(ENTITY_KINDS).meta({ description: 'What it is: a person, an organisation or a place.' }),
          aliases: z
            .array(z.string())
            .meta({ description: 'Other spellings found in the articles or likely in searches.' }),
          description: z.string().meta({ description: 'Who or what it is, in one line of our own words.' }),
          mentions: z
            .array(
              z.strictObject({
                article: id('article'),
                paragraphId: z.string().optional().meta({ description: 'Absent for a caption or standfirst.' }),
                sentence: z.string().meta({ description: 'The sentence that mentions it, word for word.' }),
              }),
            )
            .meta({ description: 'Every sentence that mentions it, articles newest first.' }),
        }),
      )
      .meta({ description: 'One per file in content/entities/.' }),
  })
  .meta({ description: 'People, organisations and places the articles name.' });

export const claimsShape = z
  .strictObject({
    stances: z
      .array(
        z.strictObject({
          id: z
            .enum(STANCE_IDS)
            .meta({ description: 'Id of the stance: what `claims[].stance` holds for a claim that takes it.' }),
          label: z.string().meta({ description: 'As shown on the site.' }),
          means: z.string().meta({ description: 'What a claim with this stance says.' }),
        }),
      )
      .meta({ description: 'The stances a claim can take, in display order.' }),
    questions: z
      .array(
        z.strictObject({
          id: id('question'),
          url: url(),
          question: z.string().meta({ description: 'The question as readers would ask it.' }),
          summary: z.string().meta({ description: 'Why it matters and what is contested, in our words.' }),
        }),
      )
      .meta({ description: 'The questions the story turns on; every claim answers one of them.' }),
    claims: z
      .array(
        z.strictObject({
          id: id('claim'),
          url: url().meta({ description: "The claim on its question's page." }),
          question: id('question'),
          claimant: z
            .strictObject({
              entity: z.string().optional().meta({ description: 'Id of the named claimant (see entities.json).' }),
              unnamed: z.string().optional().meta({ description: 'How the article describes an unnamed source.' }),
              affiliation: z
                .string()
                .optional()
                .meta({ description: 'Id of the entity an unnamed source is tied to.' }),
            })
            .meta({ description: 'Either `entity` or `unnamed`.' }),
          made: dateShape.meta({ description: 'When the claim was made (not when it was reported).' }),
          stance: z
            .enum(STANCE_IDS)
            .meta({ description: 'What the claim says about its question: the `id` of one of `stances`.' }),
          summary: z.string().meta({ description: 'The claim in one line of our own words.' }),
          reports: z
            .array(
              z.strictObject({
                article: id('article'),
                paragraphId: z.string().meta({
                  description:
                    'The anchor of the paragraph that carries the quote on the article page (`url` ends "#" + paragraphId).',
                }),
                url: url().meta({ description: 'The paragraph that carries the quote.' }),
                quote: z.string().meta({ description: "The article's words, checked word for word at build time." }),
              }),
            )
            .min(1)
            .meta({ description: 'Where the articles report the claim: at least one passage, each word for word.' }),
          note: z
            .string()
            .optional()
            .meta({ description: 'What a reader should know to weigh the claim, in our words.' }),
        }),
      )
      .meta({ description: 'Oldest first, by when they were made.' }),
  })
  .meta({ description: 'Questions the story turns on, and the claims on each.' });

const quotedCount = {
  count: z.number().int().meta({ description: 'The number as the article states it.' }),
  quote: z.string().meta({ description: "The article's words that state the number, checked at build time." }),
  url: url().meta({ description: 'The paragraph that states it.' }),
};

export const figuresShape = z
  .strictObject({
    figures: z
      .array(
        z.strictObject({
          id: z.string().meta({ description: 'Its file name in content/figures/.' }),
          title: z.string().meta({ description: 'What the figures count, in our words.' }),
          unit: z.string().meta({ description: 'Plural noun for what is counted.' }),
          source: id('entity').meta({ description: 'Who produced the figures (see entities.json).' }),
          published: dateShape.meta({ description: 'When the source published them.' }),
          article: id('article').meta({ description: 'The article that reports them.' }),
          totals: z
            .array(
              z.strictObject({
                id: z.string().meta({ description: 'Id that breakdowns use to name this total.' }),
                label: z.string().meta({ description: 'What it counts, in our words.' }),
                asOf: z
                  .strictObject({
                    date: z.string().meta({
                      description:
                        'The date the count describes, at the precision the text gives: "YYYY-MM-DD", "YYYY-MM" or "YYYY".',
                    }),
                    part: z
                      .enum(['early', 'mid', 'late'])
                      .optional()
                      .meta({ description: 'Part of that month or year, when the text says so ("mid-2023").' }),
                  })
                  .optional()
                  .meta({
                    description: 'The period the count describes, as the text gives it; absent when it gives none.',
                  }),
                ...quotedCount,
              }),
            )
            .meta({ description: 'Every total the article states.' }),
          breakdowns: z
            .array(
              z.strictObject({
                id: z.string().meta({ description: 'Id of the breakdown, e.g. "by-governorate".' }),
                label: z.string().meta({ description: 'What the split shows, in our words.' }),
                of: z.string().meta({ description: 'Id of the total the text says the parts make up.' }),
                parts: z
                  .array(
                    z.strictObject({
                      label: z.string().meta({ description: 'Name of the part (the place name, unless overridden).' }),
                      place: z
                        .string()
                        .optional()
                        .meta({ description: 'Id of the place counted (see entities.json).' }),
                      total: z.string().optional().meta({ description: 'Id of the stated total this part is.' }),
                      ...quotedCount,
                    }),
                  )
                  .meta({
                    description:
                      'The parts the total is split into, at least two, in the order the figures file lists them.',
                  }),
                sumOfParts: z.number().int().meta({ description: 'What the parts add up to, computed at build time.' }),
                discrepancy: z
                  .strictObject({
                    sumOfParts: z.number().int().meta({
                      description:
                        'What the parts actually add up to, as the figures file records it; the build checks it equals `sumOfParts`.',
                    }),
                    matches: z
                      .string()
                      .optional()
                      .meta({ description: 'Id of another stated total the parts do add up to.' }),
                    note: z.string().meta({ description: 'The discrepancy in words, as shown to readers.' }),
                  })
                  .optional()
                  .meta({
                    description:
                      "Present exactly when the parts do not add up to `of`: the source's own numbers disagree.",
                  }),
              }),
            )
            .meta({ description: 'Totals the article splits into parts; empty when it splits none.' }),
          note: z.string().optional().meta({ description: 'Anything else a reader should know, in our words.' }),
        }),
      )
      .meta({ description: 'One set of figures per file in content/figures/.' }),
  })
  .meta({ description: 'Numbers stated in the articles, each with the words that state it.' });

const part = () => z.enum(['early', 'mid', 'late']).optional();

export const eventsShape = z
  .strictObject({
    events: z
      .array(
        z.strictObject({
          id: id('event'),
          url: url().meta({ description: "The event's entry on the timeline." }),
          headline: z.string().meta({ description: 'In our words.' }),
          summary: z.string().meta({ description: 'In our words.' }),
          category: z.enum(EVENT_CATEGORY_IDS).meta({ description: 'What kind of event it is.' }),
          when: z
            .strictObject({
              date: z
                .string()
                .meta({ description: 'The date, or the first of a span: "YYYY-MM-DD", "YYYY-MM" or "YYYY".' }),
              precision: z
                .enum(['day', 'month', 'year'])
                .meta({ description: 'How much of `date` is known: its form, day, month or year.' }),
              part: part().meta({ description: 'Part of the month or year ("early April").' }),
              end: z.string().optional().meta({ description: 'Last date of a span (inclusive), same forms.' }),
              endPart: part().meta({ description: 'Part of the end date\'s month or year ("late 2019").' }),
              approximate: z.boolean().meta({ description: 'True when the articles give the date only roughly.' }),
              derivedFrom: z
                .strictObject({
                  article: id('article'),
                  phrase: z.string().meta({ description: 'The words the date is worked out from ("last Thursday").' }),
                  relativeTo: z
                    .string()
                    .optional()
                    .meta({ description: 'The event the phrase counts from, if not the article.' }),
                })
                .optional()
                .meta({
                  description: 'Set when the date is worked out from words relative to the article or another event.',
                }),
              basis: z.string().optional().meta({ description: 'Why the date is what it is.' }),
            })
            .meta({ description: 'When it happened, at the precision the articles give.' }),
          involved: z.array(id('entity')).meta({ description: 'People, organisations and places taking part.' }),
          citations: z
            .array(
              z.strictObject({
                article: id('article'),
                quote: z.string().meta({ description: "The article's words that report the event, word for word." }),
                url: url().meta({ description: 'The paragraph, with the words highlighted (a text fragment).' }),
              }),
            )
            .meta({ description: 'The articles that report the event.' }),
        }),
      )
      .meta({ description: 'Events in timeline order.' }),
  })
  .meta({ description: 'Every dated event the articles report, each traced to its sentences.' });

/** Every open data file, by name (`/data/<name>.json`). */
export const OPEN_DATA = {
  articles: articlesShape,
  entities: entitiesShape,
  claims: claimsShape,
  figures: figuresShape,
  events: eventsShape,
} as const;

export type OpenDataName = keyof typeof OPEN_DATA;
