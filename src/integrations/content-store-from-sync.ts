/**
 * Gives the page renderer the content store that the content sync built, instead of a copy
 * inlined into its bundle or parsed again from the sync's file.
 *
 * Why: to write a static site, Astro bundles its pages and inlines the whole content store into
 * that bundle as one string literal (`export default JSON.parse("...")`, in Astro's
 * `vite-plugin-content-virtual-mod.js`), then loads the bundle in the build's own process. The
 * store holds every rendered article: at 10,000 articles a 150 MB literal, which the bundler
 * copies and writes out, and which Node keeps as the module's source for as long as the bundle
 * is loaded. And the sync's own store, with every entry, stays alive for the whole build anyway.
 *
 * Here the bundle's module for the store hands Astro the sync's entries, which every collection
 * shares through `shareCollections` in `src/content.config.ts` (`src/collections/shared-collections.ts`):
 * one copy of every article, nothing to parse. Should a collection not be shared, the module
 * reads the file the sync wrote (`data-store.json` in the cache folder) instead, and the build
 * says which collection it was.
 *
 * Only for the bundle that pre-renders pages, which Astro runs in the build's own process, right
 * after the sync; and only when the store is that one file (Astro's default `collectionStorage`)
 * and no adapter renders pages elsewhere. In any other case, or if the file is missing when the
 * bundle is made, Astro's own module applies. If the page renderer never loaded the store, the
 * build warns: Astro may have renamed its module (the unit test pins the names below to Astro's).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { forgetSharedCollections, unsharedCollections } from '../collections/shared-collections.ts';

/** Astro's module for the content store, once resolved (`RESOLVED_DATA_STORE_VIRTUAL_ID`). */
export const STORE_MODULE = '\0astro:data-layer-content';
/** Astro's name for the store's file in the build's cache folder (`DATA_STORE_FILE`). */
export const STORE_FILE = 'data-store.json';
/** The Vite environment whose bundle Astro runs in-process to write static pages. */
export const PRERENDER_ENVIRONMENT = 'prerender';

/** Where `sharedCollections` comes from, for the store module to import. */
const SHARED_COLLECTIONS_MODULE = fileURLToPath(new URL('../collections/shared-collections.ts', import.meta.url));

/**
 * The store module's code: when the bundle is loaded, the sync's shared entries (a Map, which
 * Astro takes as the store itself), or else the store's file, parsed.
 */
export function storeModuleCode(storeFile: string, sharedModule = SHARED_COLLECTIONS_MODULE): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { sharedCollections } from ${JSON.stringify(sharedModule)};`,
    `export default sharedCollections() ?? JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));`,
  ].join('\n');
}

/** The Vite plugin; `onLoad` is called when it hands the bundle its store module. */
export function storeFromSyncPlugin(storeFile: string, onLoad: () => void = () => {}): Plugin {
  return {
    name: 'content-store-from-sync',
    applyToEnvironment: (environment) => environment.name === PRERENDER_ENVIRONMENT,
    load: {
      // Ahead of Astro's own hook for this module, which would inline the file.
      order: 'pre',
      filter: { id: new RegExp(`^${STORE_MODULE}$`) },
      handler(id) {
        if (id !== STORE_MODULE || !existsSync(storeFile)) return null;
        onLoad();
        return { code: storeModuleCode(storeFile), map: { mappings: '' } };
      },
    },
  };
}

/** What keeps the page renderer from using the sync's entries, if anything. */
function sharedCollectionsMissing(): string | undefined {
  const unshared = unsharedCollections();
  if (unshared === undefined) return 'No collection was given to shareCollections()';
  if (unshared.length > 0) return `Collection(s) ${unshared.join(', ')} not loaded through shareCollections()`;
  return undefined;
}

export function contentStoreFromSync(): AstroIntegration {
  let applied = false;
  let loaded = false;
  return {
    name: 'content-store-from-sync',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const storage = config.experimental.collectionStorage ?? 'single-file';
        applied = command === 'build' && !config.adapter && storage === 'single-file';
        if (!applied) return;
        const storeFile = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({ vite: { plugins: [storeFromSyncPlugin(storeFile, () => (loaded = true))] } });
      },
      // Before this build's sync: nothing an earlier build in this process shared is handed on.
      'astro:config:done': () => forgetSharedCollections(),
      // The sync has run: every shared collection has been loaded.
      'astro:build:start': ({ logger }) => {
        if (!applied) return;
        const unshared = sharedCollectionsMissing();
        if (unshared) {
          logger.warn(
            `${unshared} (src/content.config.ts): the page renderer reads the whole content store from ` +
              'its file instead, a second copy of every entry.',
          );
        }
      },
      'astro:build:done': ({ logger }) => {
        // The build's pages are written: let go of its entries.
        forgetSharedCollections();
        if (applied && !loaded) {
          logger.warn(
            `The page renderer never loaded Astro's content store module (${JSON.stringify(STORE_MODULE)}), so ` +
              'the store may be inlined into the bundle again. If the site has content, Astro may have renamed ' +
              'the module: see src/integrations/content-store-from-sync.ts.',
          );
        }
      },
    },
  };
}
