/** A publisher, one YAML file per publisher in `content/publishers/`. */
import { z } from 'astro/zod';
import { webAddress } from './article-schema.ts';

export function publisherSchema() {
  return z.strictObject({
    /** The publisher's name as it styles itself, e.g. "Enab Baladi". */
    name: z.string().trim().min(1),
    /** Its home page. */
    homepage: webAddress(),
    /** Where it is based. */
    country: z.string().trim().min(1),
    /** BCP 47 code of the edition our articles come from, e.g. "en". */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'expected a language code such as "en"'),
    /** Who the publisher is, in one line of our own words. */
    description: z.string().trim().min(1).max(240, 'expected one line (at most 240 characters)'),
  });
}
