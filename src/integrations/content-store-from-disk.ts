/**
 * Lets the page renderer read Astro's content store from its file instead of carrying a copy of
 * it inside its bundle.
 *
 * Why: to write a static site, Astro bundles its pages and inlines the whole content store into
 * that bundle as one string literal (`export default JSON.parse("...")`, in Astro's
 * `vite-plugin-content-virtual-mod.js`), then loads the bundle in the build's own process. The
 * store holds every rendered article: at 10,000 articles a 150 MB literal, which the bundler
 * copies and writes out, and which Node keeps as the module's source for as long as the bundle
 * is loaded. The build's memory held several copies of every article, and bundling took seconds.
 *
 * Here the bundle's module for the store reads the file Astro wrote during the content sync
 * (`data-store.json` in the cache folder) when it is first imported: the same data, parsed once.
 * Only for the bundle that pre-renders pages, which Astro runs in the build's own process, on the
 * machine that wrote the file; and only when the store is that one file (Astro's default
 * `collectionStorage`) and no adapter renders pages elsewhere. In any other case, or if the file
 * is missing when the bundle is made, Astro's own module applies. If the page renderer never
 * loaded the store, the build warns: Astro may have renamed its module (the unit test pins the
 * names below to Astro's).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's module for the content store, once resolved (`RESOLVED_DATA_STORE_VIRTUAL_ID`). */
export const STORE_MODULE = '\0astro:data-layer-content';
/** Astro's name for the store's file in the build's cache folder (`DATA_STORE_FILE`). */
export const STORE_FILE = 'data-store.json';
/** The Vite environment whose bundle Astro runs in-process to write static pages. */
export const PRERENDER_ENVIRONMENT = 'prerender';

/** The store module's code: it parses the store's file when the bundle is loaded. */
export function storeModuleCode(storeFile: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `export default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));`,
  ].join('\n');
}

/** The Vite plugin; `onLoad` is called when it hands the bundle its store module. */
export function storeFromDiskPlugin(storeFile: string, onLoad: () => void = () => {}): Plugin {
  return {
    name: 'content-store-from-disk',
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

export function contentStoreFromDisk(): AstroIntegration {
  let applied = false;
  let loaded = false;
  return {
    name: 'content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const storage = config.experimental.collectionStorage ?? 'single-file';
        applied = command === 'build' && !config.adapter && storage === 'single-file';
        if (!applied) return;
        const storeFile = fileURLToPath(new URL(STORE_FILE, config.cacheDir));
        updateConfig({ vite: { plugins: [storeFromDiskPlugin(storeFile, () => (loaded = true))] } });
      },
      'astro:build:done': ({ logger }) => {
        if (applied && !loaded) {
          logger.warn(
            `The page renderer never loaded Astro's content store module (${JSON.stringify(STORE_MODULE)}), so ` +
              'the store may be inlined into the bundle again. If the site has content, Astro may have renamed ' +
              'the module: see src/integrations/content-store-from-disk.ts.',
          );
        }
      },
    },
  };
}
