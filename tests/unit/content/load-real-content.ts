/**
 * The real content/ folder loaded through the real collections (src/content.config.ts), each
 * with its loader, schema and checks, as `astro build` runs them but without a build (see
 * fake-loader-context.ts). Entries come back shaped as `getCollection()` returns them, so a
 * test can serve them from a stand-in `astro:content` and run the real `loadStory()` on them.
 */
import astroConfig from '../../../astro.config.mjs';
import type { z } from 'astro/zod';
import { collections } from '../../../src/content.config.ts';
import { fakeLoaderContext, type LogLine, type StoredEntry } from '../collections/fake-loader-context.ts';

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
    render: renderMarkdown,
  });
  await (loader as { load: (context: typeof fake.context) => Promise<void> }).load(fake.context);
  return {
    name,
    entries: fake.store.values().map((entry) => ({ ...entry, collection: name })),
    log: fake.logger.lines.filter((line) => line.level !== 'debug'),
  };
}

// Articles must be rendered, as in a build: the story's quote checks search the rendered text
// (inline captions included), so render with the project's own processor (worker threads and all).
const renderer = astroConfig.markdown!.processor!.createRenderer({});
async function renderMarkdown(body: string, frontmatter: Record<string, unknown>) {
  const { code, metadata } = await (await renderer).render(body, { frontmatter });
  return { html: code, metadata };
}

export const COLLECTION_NAMES = Object.keys(collections);

export async function loadAllCollections(): Promise<Map<string, LoadedCollection>> {
  const loaded = await Promise.all(COLLECTION_NAMES.map(loadCollection));
  return new Map(loaded.map((collection) => [collection.name, collection]));
}
