/**
 * The stances a claim can take on a question, in one place: the schema, the question page's
 * groups and their order, and the open data all read this list.
 *
 * They answer "Is Iran reducing its military presence in Syria?". A story that turns on another
 * question adds its answers here; the order is the order of the groups on a question page.
 */
import { z } from 'astro/zod';

export const STANCES = {
  reduced: { label: 'Reduced', means: 'Iran has cut, or is cutting, its military presence in Syria.' },
  repositioned: {
    label: 'Repositioned',
    means: 'Iran is moving its forces, or handing their places to allied fighters, rather than cutting them.',
  },
  'not-reduced': { label: 'Not reduced', means: 'Iran’s presence is unchanged, or Iran is staying.' },
  increased: { label: 'Increased', means: 'Iran is adding to its presence, or entrenching it.' },
  unclear: { label: 'Unclear', means: 'The claim leaves the answer open, or doubts the other claims.' },
} as const satisfies Record<string, { label: string; means: string }>;

export type Stance = keyof typeof STANCES;

export const STANCE_IDS = Object.keys(STANCES) as [Stance, ...Stance[]];

export const stanceSchema = () =>
  z.enum(STANCE_IDS, { error: `expected one of the stances: ${STANCE_IDS.join(', ')}` });
