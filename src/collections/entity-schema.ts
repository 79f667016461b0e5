/**
 * A person, organisation or place the story mentions, one YAML file each in
 * `content/entities/`. Aliases are how the articles (and readers) spell it: mention detection
 * and search both read them, so an editor adds a spelling here and both learn it.
 */
import { z } from 'astro/zod';

export const ENTITY_KINDS = ['person', 'organisation', 'place'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export function entitySchema() {
  return z
    .strictObject({
      /** Canonical name, as the tracker writes it. */
      name: z.string().trim().min(1),
      /** "person", "organisation" or "place". */
      kind: z.enum(ENTITY_KINDS),
      /**
       * Other spellings and short forms found in the articles or likely in searches
       * ("Hmeimim" for "Khmeimim"). Each alias belongs to one entity only; possessives
       * ("Hezbollah's") are matched without listing them.
       */
      aliases: z.array(z.string().trim().min(2, 'expected an alias of at least two characters')),
      /** Who or what it is, in one line of our own words. */
      description: z.string().trim().min(1).max(240, 'expected one line (at most 240 characters)'),
    })
    .superRefine(({ name, aliases }, ctx) => {
      // Harmless to matching, but a sign of a copy-and-paste slip the editor will want to see.
      aliases.forEach((alias, index) => {
        const first = aliases.indexOf(alias);
        const listedAs = alias === name ? 'the name' : first < index ? `aliases.${first}` : undefined;
        if (listedAs === undefined) return;
        ctx.addIssue({
          code: 'custom',
          path: ['aliases', index],
          message: `a spelling not listed yet, but "${alias}" is ${listedAs} already`,
        });
      });
    });
}
