// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { contentStoreFromSync } from './src/integrations/content-store-from-sync.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { releaseMemoryAfterPeaks } from './src/integrations/release-memory.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { articleProcessor } from './src/lib/markdown/article-processor.ts';

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
  // Pages rendered four at a time: one page's render fills the time another waits for its file
  // to be written (a fifth of the page phase was idle at 10,000 articles; 96 s became 78 s).
  build: { concurrency: 4 },
  // Search covers the articles only; the index is rebuilt on every build (see the integration).
  integrations: [
    // The page renderer uses the content store the sync built, not a copy inlined into its bundle.
    contentStoreFromSync(),
    sitemap(),
    pagefindIndex({
      include: /^articles\/[^/]+\/$/,
      indexChunkSize: 200,
      groupFragmentsUpTo: 12,
      searchPage: 'search/',
    }),
    // Hands back to the system the memory left behind by building the story (before the pages)
    // and by the pages (while Pagefind, in its own process, writes the last part of the index).
    releaseMemoryAfterPeaks(),
    // dist/_headers: the same Content Security Policy as a header, and the headers no <meta> can set.
    securityHeaders({
      everyFile: {
        'X-Content-Type-Options': 'nosniff',
        // No framing at all, for browsers that predate frame-ancestors 'none' (below).
        'X-Frame-Options': 'DENY',
        // Full addresses within the site, none to other sites (external links say noreferrer too).
        'Referrer-Policy': 'same-origin',
        // Features the site never uses, off so that no injected script can use them either.
        'Permissions-Policy':
          'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
      },
      headerOnlyDirectives: ["frame-ancestors 'none'"],
      // Named by content hash: Astro's assets, Pagefind's index, filter and fragment files, also
      // in each further part of a big story's index (part-2/, ...; src/lib/search/index-parts.ts).
      immutable: [
        '_astro/*',
        'pagefind/index/*',
        'pagefind/filter/*',
        'pagefind/fragment/*',
        'pagefind/part-*/index/*',
        'pagefind/part-*/filter/*',
        'pagefind/part-*/fragment/*',
      ],
    }),
  ],
  security: {
    // A strict Content Security Policy as a <meta> on every page: Astro hashes the scripts and
    // styles it emits; nothing else may run. The search page alone adds 'wasm-unsafe-eval' for
    // Pagefind's WebAssembly (src/pages/search/index.astro). frame-ancestors cannot be set from
    // a <meta>: the securityHeaders integration writes dist/_headers, which hosts send as headers.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Written out because a page that adds a script resource (the search page) would otherwise
      // replace Astro's default 'self' instead of adding to it.
      scriptDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // The articles hold no code; Shiki's inline styles would break the Content Security Policy.
    syntaxHighlight: false,
    // Our own processor (src/lib/markdown/article-pipeline.ts): remark and rehype with the
    // project's plugins, rendered on worker threads (article-processor.ts). It keeps the
    // articles' own punctuation (no SmartyPants: the captures are the reference).
    processor: articleProcessor({ entitiesDir: fileURLToPath(new URL('./content/entities/', import.meta.url)), base }),
  },
});
