/**
 * The content collections: what an editor may put in `content/`, checked at build time.
 * Every schema is strict (unknown keys are errors) and every error names file and field.
 */
import { defineCollection } from 'astro:content';
import { articleSchema } from './collections/article-schema.ts';
import { checkArticle } from './collections/article-checks.ts';
import { checkedGlob } from './collections/checked-glob.ts';
import { entitySchema } from './collections/entity-schema.ts';
import { eventSchema } from './collections/event-schema.ts';
import { publisherSchema } from './collections/publisher-schema.ts';

const articles = defineCollection({
  loader: checkedGlob({ pattern: '*.md', base: './content/articles', requireBody: true, check: checkArticle }),
  schema: articleSchema(),
});

const publishers = defineCollection({
  loader: checkedGlob({ pattern: '*.yaml', base: './content/publishers' }),
  schema: publisherSchema(),
});

const entities = defineCollection({
  loader: checkedGlob({ pattern: '*.yaml', base: './content/entities' }),
  schema: entitySchema(),
});

/** Timeline events, one YAML file each; quotes and references are checked in `data/story.ts`. */
const events = defineCollection({
  loader: checkedGlob({ pattern: '*.yaml', base: './content/events' }),
  schema: eventSchema(),
});

export const collections = { articles, publishers, entities, events };
