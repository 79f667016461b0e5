/**
 * The content collections: what an editor may put in `content/`, checked at build time.
 * Every schema is strict (unknown keys are errors) and every error names file and field.
 */
import { defineCollection } from 'astro:content';
import { articleSchema } from './collections/article-schema.ts';
import { checkArticle } from './collections/article-checks.ts';
import { checkedGlob } from './collections/checked-glob.ts';
import { claimSchema } from './collections/claim-schema.ts';
import { entitySchema } from './collections/entity-schema.ts';
import { eventSchema } from './collections/event-schema.ts';
import { figuresSchema } from './collections/figures-schema.ts';
import { questionSchema } from './collections/question-schema.ts';
import { publisherSchema } from './collections/publisher-schema.ts';
import { shareCollections } from './collections/shared-collections.ts';
import { stopIdleRenderThreads } from './lib/markdown/article-processor.ts';

const articles = defineCollection({
  loader: checkedGlob({
    pattern: '*.md',
    base: './content/articles',
    requireBody: true,
    check: checkArticle,
    // Entity links in the text are made from these files (lib/markdown/remark-entity-links.ts).
    rendersWith: './content/entities',
    // Pages read the render (HTML and the text blocks it records), never the Markdown.
    retainBody: false,
    // Every article is rendered: the render threads hand their memory back before Astro writes
    // its content store (at 10,000 articles, the build's resident memory as the sync ended:
    // 2.86 GiB, then 2.48 GiB).
    afterLoad: stopIdleRenderThreads,
  }),
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

// Claims, questions and figures are checked against the articles and entities in `data/story.ts`.
const questions = defineCollection({
  loader: checkedGlob({ pattern: '*.yaml', base: './content/questions' }),
  schema: questionSchema(),
});

const claims = defineCollection({
  loader: checkedGlob({ pattern: '*.yaml', base: './content/claims' }),
  schema: claimSchema(),
});

const figures = defineCollection({
  loader: checkedGlob({ pattern: '*.yaml', base: './content/figures' }),
  schema: figuresSchema(),
});

/** Timeline events, one YAML file each; quotes and references are checked in `data/story.ts`. */
const events = defineCollection({
  loader: checkedGlob({ pattern: '*.yaml', base: './content/events' }),
  schema: eventSchema(),
});

// Shared with the page renderer, which then uses the sync's entries instead of a second copy
// read from its file (src/collections/shared-collections.ts).
export const collections = shareCollections({ articles, publishers, entities, questions, claims, figures, events });
