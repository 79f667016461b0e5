/**
 * Lets the page renderer use the entries the content sync loaded, in the same process, instead
 * of a second copy parsed from the file the sync wrote.
 *
 * Why: `astro build` syncs the collections into a store, writes it out (`data-store.json`: 153 MB
 * at 10,000 articles) and keeps that store alive until the build ends; then the page renderer
 * parses the file into a second store. The build held every article twice, and the parse's
 * strings and temporary arrays pushed its memory up by a gigabyte it never gave back.
 *
 * `shareCollections` wraps each collection's loader: once the loader has run, the collection's
 * entries can be read here (`sharedCollections`), straight from the store the sync keeps. The
 * renderer takes them only if every collection was shared this way
 * (`src/integrations/content-store-from-sync.ts`); otherwise it reads the file as before.
 *
 * The handover is keyed on `globalThis`: the content config, the loaders and the page renderer
 * are each bundled into their own module graph, but all run in the build's one process.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/** One collection's entries as Astro's store keeps them: id to entry, in the order loaded. */
type Entries = ReturnType<LoaderContext['store']['entries']>;

interface Handover {
  /** Every collection given to `shareCollections`, loaded or not. */
  expected: Set<string>;
  /** Reads a loaded collection's entries from the sync's store, as they are when called. */
  loaded: Map<string, () => Entries>;
}

const HANDOVER = Symbol.for('iran-syria-tracker:shared-collections');

function handover(): Handover {
  const global = globalThis as { [HANDOVER]?: Handover };
  return (global[HANDOVER] ??= { expected: new Set(), loaded: new Map() });
}

/** The same collections (as `defineCollection` returns them), each loader wrapped to share what it loaded. */
export function shareCollections<T extends Record<string, object>>(collections: T): T {
  const shared = handover();
  return Object.fromEntries(
    Object.entries(collections).map(([name, collection]) => {
      shared.expected.add(name);
      const loader = (collection as { loader?: unknown }).loader as Loader | undefined;
      // A function loader gets no store to read from: the collection stays unshared, and the
      // page renderer reads the file.
      if (!loader || typeof loader !== 'object') return [name, collection];
      const sharing: Loader = {
        ...loader,
        load: async (context) => {
          await loader.load(context);
          shared.loaded.set(name, () => context.store.entries());
        },
      };
      return [name, { ...collection, loader: sharing }];
    }),
  ) as T;
}

/** Starts over: a build calls it before its sync, so that nothing of an earlier build is handed on. */
export function forgetSharedCollections(): void {
  const { expected, loaded } = handover();
  expected.clear();
  loaded.clear();
}

/**
 * Collections given to `shareCollections` whose loader has not run since; `undefined` if no
 * collection was given to it at all.
 */
export function unsharedCollections(): string[] | undefined {
  const { expected, loaded } = handover();
  if (expected.size === 0) return undefined;
  return [...expected].filter((name) => !loaded.has(name));
}

/** Astro's order for the store's file: collections, and entries in each, by `localeCompare`. */
const byKey = new Intl.Collator().compare;

/**
 * Every collection's entries, in the form Astro's page renderer takes its store in (collection
 * name to a map of id to entry); `undefined` unless every collection was shared and loaded.
 * As in Astro's file (`sortCollections` in its `data-store-writer.js`), collections and entries
 * are sorted by key, since pages list entries in the store's order, and a collection with no
 * entries is left out.
 */
export function sharedCollections(): Map<string, Map<string, unknown>> | undefined {
  if (unsharedCollections()?.length !== 0) return undefined;
  const collections = new Map<string, Map<string, unknown>>();
  for (const [name, entries] of [...handover().loaded].sort(([a], [b]) => byKey(a, b))) {
    const sorted = entries().sort(([a], [b]) => byKey(a, b));
    if (sorted.length > 0) collections.set(name, new Map<string, unknown>(sorted));
  }
  return collections;
}
