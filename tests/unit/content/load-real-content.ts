/**
 * The real content/ folder loaded through the real collections (src/content.config.ts), each
 * with its loader, schema and checks, as `astro build` runs them but without a build (see
 * fake-loader-context.ts). Entries come back shaped as `getCollection()` returns them, so a
 * test can serve them from a stand-in `astro:content` and run the real `loadStory()` on them.
 */
import { pathToFileURL } from 'node:url';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import type { z } from 'astro/zod';
import astroConfig from '../../../astro.config.mjs';
import { collections } from '../../../src/content.config.ts';
import {
  fakeLoaderContext,
  type LogLine,
  type RenderMarkdown,
  type StoredEntry,
} from '../collections/fake-loader-context.ts';

export const PROJECT_ROOT = new URL('../../../', import.meta.url);

export interface LoadedCollection {
  name: string;
  entries: (StoredEntry & { collection: string })[];
  /** What the loader logged besides debug lines. */
  log: LogLine[];
}

interface CollectionConfig {
  loader?: unknown;
  schema?: unknown;
}

/**
 * The project's Markdown pipeline (astro.config.mjs `markdown.processor` with its remark and
 * rehype plugins), rendering as the `.md` entry type does, so entries carry their HTML.
 */
async function projectMarkdown(): Promise<RenderMarkdown> {
  const { processor, ...shared } = astroConfig.markdown ?? {};
  if (!processor) throw new Error('astro.config.mjs sets no markdown.processor');
  // The options as written in the config; Astro hands the renderer the same, with defaults filled in.
  const renderer = await processor.createRenderer(shared as AstroMarkdownOptions);
  return async (body, { data, filePath }) =>
    (await renderer.render(body, { frontmatter: data, ...(filePath && { fileURL: pathToFileURL(filePath) }) })).code;
}

export async function loadCollection(name: string): Promise<LoadedCollection> {
  const config = (collections as Record<string, CollectionConfig>)[name];
  if (!config) throw new Error(`no collection ${name} in src/content.config.ts`);
  const { loader, schema } = config;
  if (typeof loader !== 'object' || loader === null || !('load' in loader)) {
    throw new Error(`collection ${name}: expected an object loader with load(), as glob() and file() return`);
  }
  if (typeof schema === 'function') {
    throw new Error(`collection ${name}: a schema function (image()) needs Astro's context; extend this helper`);
  }
  const fake = fakeLoaderContext({
    root: PROJECT_ROOT,
    collection: name,
    schema: schema as z.ZodType | undefined,
    render: await projectMarkdown(),
  });
  await (loader as { load: (context: typeof fake.context) => Promise<void> }).load(fake.context);
  return {
    name,
    entries: fake.store.values().map((entry) => ({ ...entry, collection: name })),
    log: fake.logger.lines.filter((line) => line.level !== 'debug'),
  };
}

export const COLLECTION_NAMES = Object.keys(collections);

export async function loadAllCollections(): Promise<Map<string, LoadedCollection>> {
  const loaded = await Promise.all(COLLECTION_NAMES.map(loadCollection));
  return new Map(loaded.map((collection) => [collection.name, collection]));
}
