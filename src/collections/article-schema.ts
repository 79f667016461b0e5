/**
 * Front matter of an article in `content/articles/*.md`: a faithful copy of one published
 * article. The body is the article text, word for word; everything around the text that the
 * capture holds (captions, standfirst, translator's note) lives here.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { publishedDateSchema } from './published-date-schema.ts';

const nonEmpty = () => z.string().trim().min(1, 'expected text, got an empty string');

/** A web address; publishers' sites are all http(s). */
export const webAddress = () =>
  z.url({ protocol: /^https?$/, error: 'expected a full web address starting with https://' });

export function articleSchema() {
  return z.strictObject({
    /** URL slug (`/articles/<slug>/`); defaults to the file name. Lower-case words and hyphens. */
    slug: z
      .string()
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        'expected lower-case words joined by hyphens, e.g. "iran-denies-reducing-forces"',
      )
      .optional(),
    /** The headline as published, or one written by our editors when the capture has none. */
    headline: nonEmpty(),
    /** Who wrote the headline: "publisher" (as published) or "editor" (ours, marked as such on the page). */
    headlineBy: z.enum(['publisher', 'editor']),
    /** The publisher, by its file name in `content/publishers/`. */
    publisher: reference('publishers'),
    /** Why the article is attributed to its publisher, when the capture does not say outright. */
    publisherNote: nonEmpty().optional(),
    /** The publisher's section, e.g. "Features". */
    section: nonEmpty().optional(),
    /** When the article was published, with precision and, for an estimate, its basis. */
    published: publishedDateSchema(),
    /** The article's address on the publisher's site, where known. */
    originalUrl: webAddress().optional(),
    /** The original this article translates, when it is a translation. */
    translatedFrom: z
      .strictObject({
        /** The outlet of the original, when the capture names it. */
        outlet: nonEmpty().optional(),
        /** BCP 47 language code of the original, e.g. "ar". */
        language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'expected a language code such as "ar"'),
      })
      .optional(),
    /** Editions in other languages that the publisher links to. */
    otherEditions: z
      .array(
        z.strictObject({
          /** BCP 47 language code, e.g. "ar". */
          language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'expected a language code such as "ar"'),
          /** Its address, where known. */
          url: webAddress().optional(),
        }),
      )
      .optional(),
    /** The line under the headline that sums the article up. */
    standfirst: nonEmpty().optional(),
    /**
     * Captions of the article's pictures (the captures hold no images, only captions).
     * Without `after`, the caption belongs to the lead picture; with it, the caption stands
     * after the paragraph that begins with that text.
     */
    captions: z
      .array(
        z.strictObject({
          /** The caption, word for word. */
          text: nonEmpty(),
          /** The opening words of the paragraph the picture follows. */
          after: nonEmpty().optional(),
        }),
      )
      .optional(),
    /** The translator's or publisher's note at the end of the article, word for word. */
    translatorNote: nonEmpty().optional(),
    /** The raw capture this article was copied from, in `content/captures/`. */
    capture: z.strictObject({
      /** File name in `content/captures/`. */
      file: z.string().regex(/^[\w.-]+\.txt$/, 'expected a capture file name such as "000_0d7aab7bf8952abd.txt"'),
      /** Which article of the capture this is (1, 2, ...), when a capture holds several. */
      part: z.number().int().positive().optional(),
    }),
  });
}

export type ArticleFrontmatter = z.output<ReturnType<typeof articleSchema>>;
