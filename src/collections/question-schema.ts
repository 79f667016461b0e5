/**
 * A question the story turns on, one YAML file each in `content/questions/`; the file name is
 * the slug (`/questions/<slug>/`). Claims (`content/claims/`) answer it.
 */
import { z } from 'astro/zod';

export function questionSchema() {
  return z.strictObject({
    /** The question as readers would ask it, ending with a question mark. */
    question: z.string().trim().min(1).regex(/\?$/, 'expected a question ending with "?"'),
    /** Why it matters and what is contested, in a few sentences of our own words. */
    summary: z.string().trim().min(1),
  });
}
