// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import rehypeExternalLinks from 'rehype-external-links';
import { rehypeParagraphIds } from './src/lib/markdown/rehype-paragraph-ids.ts';
import { remarkEntityLinks } from './src/lib/markdown/remark-entity-links.ts';
import { remarkInlineCaptions } from './src/lib/markdown/remark-inline-captions.ts';
import { remarkReadingTime } from './src/lib/markdown/remark-reading-time.ts';

// SITE_URL lets a deployment set its own origin; canonical URLs, the feed and the sitemap use it.
const site = process.env.SITE_URL ?? 'https://iran-syria-tracker.example';
// BASE_PATH serves the site under a sub-path, e.g. "/tracker/".
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Two files claiming one slug must stop the build, not overwrite each other.
  prerenderConflictBehavior: 'error',
  integrations: [sitemap()],
  markdown: {
    // Astro 7 defaults to the Sätteri processor; the project's plugins are remark/rehype.
    processor: unified({
      // Entity links first, so captions placed in the text are not linked.
      remarkPlugins: [
        [remarkEntityLinks, { entitiesDir: new URL('./content/entities/', import.meta.url), base }],
        remarkInlineCaptions,
        remarkReadingTime,
      ],
      // Links out of the site must not hand our page to the destination (window.opener, referrer).
      rehypePlugins: [rehypeParagraphIds, [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }]],
    }),
  },
});
