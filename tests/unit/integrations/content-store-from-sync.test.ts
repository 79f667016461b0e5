import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
// Astro's own names for what the integration replaces: an Astro upgrade that renames them fails here.
import { DATA_STORE_FILE, RESOLVED_DATA_STORE_VIRTUAL_ID } from '../../../node_modules/astro/dist/content/consts.js';
import { ASTRO_VITE_ENVIRONMENT_NAMES } from '../../../node_modules/astro/dist/core/constants.js';
import { forgetSharedCollections, shareCollections } from '../../../src/collections/shared-collections.ts';
import {
  contentStoreFromSync,
  PRERENDER_ENVIRONMENT,
  STORE_FILE,
  STORE_MODULE,
  storeFromSyncPlugin,
  storeModuleCode,
} from '../../../src/integrations/content-store-from-sync.ts';

const folder = mkdtempSync(join(tmpdir(), 'content-store-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
beforeEach(() => forgetSharedCollections());

/** `shared-collections.ts` as Node itself imports it from the module under test (a data: URL). */
const sharedModule = new URL('../../../src/collections/shared-collections.ts', import.meta.url).href;

/** Shares one collection and runs its loader, as the sync would, over a store holding `entries`. */
async function shareAndSync(name: string, entries: [string, unknown][]): Promise<void> {
  const loader: Loader = { name: 'test', load: async () => {} };
  const { [name]: collection } = shareCollections({ [name]: { loader } });
  await (collection!.loader as Loader).load({
    collection: name,
    store: { entries: () => [...entries] },
  } as unknown as LoaderContext);
}

/** A store file as Astro writes it (devalue's flat form), with text that needs escaping. */
function storeFileWith(value: unknown): string {
  const file = join(folder, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

/** What the module exports as its default when Node loads it. */
async function defaultExportOf(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  return module.default;
}

type LoadHandler = (id: string) => { code: string } | null;
const loadHandlerOf = (plugin: ReturnType<typeof storeFromSyncPlugin>) =>
  (plugin.load as unknown as { handler: LoadHandler }).handler;

type BuildStart = (options: { logger: { warn: (message: string) => void } }) => void;

type ConfigSetup = (options: {
  config: { experimental: { collectionStorage?: string | undefined }; adapter?: object | undefined; cacheDir: URL };
  command: string;
  updateConfig: (config: { vite: { plugins: unknown[] } }) => void;
}) => void;

/** The Vite plugins the integration adds for this command and configuration. */
function pluginsAdded(
  command: string,
  config: { adapter?: object | undefined; collectionStorage?: string | undefined } = {},
): unknown[] {
  const added: unknown[] = [];
  const setup = contentStoreFromSync().hooks['astro:config:setup'] as unknown as ConfigSetup;
  setup({
    command,
    config: {
      adapter: config.adapter,
      experimental: { collectionStorage: config.collectionStorage },
      cacheDir: pathToFileURL(`${folder}/`),
    },
    updateConfig: ({ vite }) => added.push(...vite.plugins),
  });
  return added;
}

describe('content store from the sync', () => {
  it("replaces the module Astro names, in the environment Astro pre-renders with, with Astro's file name", () => {
    expect(STORE_MODULE).toBe(RESOLVED_DATA_STORE_VIRTUAL_ID);
    expect(STORE_FILE).toBe(DATA_STORE_FILE);
    expect(PRERENDER_ENVIRONMENT).toBe(ASTRO_VITE_ENVIRONMENT_NAMES.prerender);
  });

  it("gives a module that hands over the sync's entries when loaded, without the data in its code", async () => {
    const file = storeFileWith([{ articles: 1 }, 'the file', 42]);
    const article = { id: 'one', data: { headline: 'a “quoted” line' } };
    await shareAndSync('articles', [['one', article]]);
    const code = storeModuleCode(file, sharedModule);
    expect(code).not.toContain('quoted');
    const store = (await defaultExportOf(code)) as Map<string, Map<string, unknown>>;
    // A Map, which Astro's ImmutableDataStore.fromModule takes as the store itself.
    expect(store).toBeInstanceOf(Map);
    expect(store.get('articles')!.get('one')).toBe(article);
  });

  it('gives a module that reads and parses the file when a collection was not shared', async () => {
    const store = [{ articles: 1 }, 'a “quoted” line\nwith </script> and \u2028 in it', 42];
    const file = storeFileWith(store);
    shareCollections({ articles: { loader: { name: 'test', load: async () => {} } } });
    const code = storeModuleCode(file, sharedModule);
    expect(code).not.toContain('quoted');
    expect(await defaultExportOf(code)).toEqual(store);
  });

  it("hands the store module over only for Astro's store, and only once the file exists", async () => {
    const file = storeFileWith([1, 2, 3]);
    let loads = 0;
    const plugin = storeFromSyncPlugin(file, () => loads++);
    const load = loadHandlerOf(plugin);
    expect(load('\0astro:content')).toBeNull();
    expect(loads).toBe(0);
    const module = load(STORE_MODULE);
    expect(module!.code).toContain(JSON.stringify(file));
    expect(loads).toBe(1);
    // Missing file: Astro's own module applies (an empty store, as Astro would give).
    expect(loadHandlerOf(storeFromSyncPlugin(join(folder, 'missing.json')))(STORE_MODULE)).toBeNull();
  });

  it('applies to the pre-rendering bundle only, ahead of Astro', () => {
    const plugin = storeFromSyncPlugin(storeFileWith([]));
    const applies = plugin.applyToEnvironment as (environment: { name: string }) => boolean;
    expect(applies({ name: 'prerender' })).toBe(true);
    expect(applies({ name: 'ssr' })).toBe(false);
    expect(applies({ name: 'client' })).toBe(false);
    expect((plugin.load as { order?: string }).order).toBe('pre');
  });

  it('is added for a static build with one store file, not for dev, an adapter or a chunked store', () => {
    expect(pluginsAdded('build')).toHaveLength(1);
    expect(pluginsAdded('dev')).toHaveLength(0);
    expect(pluginsAdded('sync')).toHaveLength(0);
    expect(pluginsAdded('build', { adapter: { name: '@astrojs/node' } })).toHaveLength(0);
    expect(pluginsAdded('build', { collectionStorage: 'chunked' })).toHaveLength(0);
    expect(pluginsAdded('build', { collectionStorage: 'single-file' })).toHaveLength(1);
  });

  it('warns when a build never loaded the store, and only then', () => {
    const warnings: string[] = [];
    const integration: AstroIntegration = contentStoreFromSync();
    const setup = integration.hooks['astro:config:setup'] as unknown as ConfigSetup;
    const done = integration.hooks['astro:build:done'] as unknown as (options: {
      logger: { warn: (message: string) => void };
    }) => void;
    const plugins: unknown[] = [];
    setup({
      command: 'build',
      config: { experimental: {}, cacheDir: pathToFileURL(`${folder}/`) },
      updateConfig: ({ vite }) => plugins.push(...vite.plugins),
    });
    done({ logger: { warn: (message) => warnings.push(message) } });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('astro:data-layer-content');

    writeFileSync(join(folder, STORE_FILE), '[]');
    loadHandlerOf(plugins[0] as ReturnType<typeof storeFromSyncPlugin>)(STORE_MODULE);
    done({ logger: { warn: (message) => warnings.push(message) } });
    expect(warnings).toHaveLength(1);
  });

  it('warns after the sync when a collection was not shared, forgets earlier builds, and lets go when done', async () => {
    const integration = contentStoreFromSync();
    const hook = <T>(name: string) => integration.hooks[name as keyof typeof integration.hooks] as unknown as T;
    const warnings: string[] = [];
    const logger = { warn: (message: string) => warnings.push(message) };
    // An earlier build in the same process shared a collection this one does not have.
    await shareAndSync('drafts', [['old', {}]]);
    hook<ConfigSetup>('astro:config:setup')({
      command: 'build',
      config: { experimental: {}, cacheDir: pathToFileURL(`${folder}/`) },
      updateConfig: () => {},
    });
    hook<() => void>('astro:config:done')();

    hook<BuildStart>('astro:build:start')({ logger });
    expect(warnings).toEqual([expect.stringContaining('No collection was given to shareCollections()')]);

    shareCollections({ articles: { loader: { name: 'test', load: async () => {} } }, events: {} });
    await shareAndSync('articles', []);
    hook<BuildStart>('astro:build:start')({ logger });
    expect(warnings[1]).toMatch(/^Collection\(s\) events not loaded through shareCollections\(\)/);

    await shareAndSync('events', [['one', {}]]);
    hook<BuildStart>('astro:build:start')({ logger });
    expect(warnings).toHaveLength(2);
    const { sharedCollections } = await import('../../../src/collections/shared-collections.ts');
    expect([...sharedCollections()!.keys()]).toEqual(['events']);

    hook<(options: { logger: typeof logger }) => void>('astro:build:done')({ logger });
    expect(sharedCollections()).toBeUndefined();
  });
});
