/**
 * A bare Astro site over a benchmark corpus (`astro-floor.ts`): what Astro itself costs for
 * this content and this many pages, before any of the site's own work.
 *
 * It has Astro's `glob()` loader for each of the site's collections, with no schemas; an
 * article page per article holding only its headline and text (the Markdown rendered by Astro's
 * processor, remark or Sätteri); and one-line pages up to the site's page count.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The site's collections and their files, as `src/content.config.ts` loads them. */
const COLLECTIONS = {
  articles: '*.md',
  publishers: '*.yaml',
  entities: '*.yaml',
  questions: '*.yaml',
  claims: '*.yaml',
  figures: '*.yaml',
  events: '*.yaml',
};

/**
 * Astro's two Markdown processors: `unified()` from @astrojs/markdown-remark (remark and
 * rehype, as the site uses) and Sätteri, Astro's default since version 7 (written in Rust).
 */
export type FloorProcessor = 'remark' | 'satteri';

export interface FloorProject {
  /** The corpus whose `content/` the bare site reads. */
  corpusDir: string;
  processor: FloorProcessor;
  /** Pages besides the home page and the article pages. */
  fillerPages: number;
}

/** Writes the bare site into `<corpusDir>/floor-<processor>/` and returns that folder. */
export function writeFloorProject({ corpusDir, processor, fillerPages }: FloorProject): string {
  const dir = join(corpusDir, `floor-${processor}`);
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('package.json', '{ "name": "floor", "type": "module", "private": true }\n');
  write('tsconfig.json', '{ "extends": "astro/tsconfigs/strict" }\n');
  symlinkSync(join(corpusDir, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // Caches in the folder, not in the shared node_modules (as fixture-site.ts isolateCopy does).
  write(
    'astro.config.mjs',
    processor === 'remark'
      ? `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
export default defineConfig({ cacheDir: './.cache/astro/', vite: { cacheDir: './.cache/vite/' }, markdown: { processor: unified() } });
`
      : `import { defineConfig } from 'astro/config';
export default defineConfig({ cacheDir: './.cache/astro/', vite: { cacheDir: './.cache/vite/' } });
`,
  );
  write(
    'src/content.config.ts',
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
${Object.entries(COLLECTIONS)
  .map(
    ([name, pattern]) =>
      `  ${name}: defineCollection({ loader: glob({ pattern: '${pattern}', base: '../content/${name}' }) }),`,
  )
  .join('\n')}
};
`,
  );
  write(
    'src/pages/index.astro',
    `<html lang="en"><head><meta charset="utf-8" /><title>Floor</title></head><body><h1>Floor</h1></body></html>\n`,
  );
  write(
    'src/pages/articles/[slug].astro',
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.headline}</title></head>
<body><main data-pagefind-body><h1>{entry.data.headline}</h1><Content /></main></body></html>
`,
  );
  write(
    'src/pages/filler/[n].astro',
    `---
export function getStaticPaths() {
  return Array.from({ length: ${fillerPages} }, (_, n) => ({ params: { n: String(n + 1) } }));
}
const { n } = Astro.params;
---
<html lang="en"><head><meta charset="utf-8" /><title>Page {n}</title></head><body><h1>Page {n}</h1></body></html>
`,
  );
  return dir;
}
