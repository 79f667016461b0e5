import type { Loader, LoaderContext } from 'astro/loaders';
import { beforeEach, describe, expect, it } from 'vitest';
// Astro's own writer and reader of the store's file: the shared entries must come in the order
// the page renderer would have read them from it.
import { MutableDataStore } from '../../../node_modules/astro/dist/content/mutable-data-store.js';
import { serializeDataStore } from '../../../node_modules/astro/dist/content/data-store-writer.js';
import {
  forgetSharedCollections,
  shareCollections,
  sharedCollections,
  unsharedCollections,
} from '../../../src/collections/shared-collections.ts';

type Entry = { id: string; data: Record<string, unknown> };

/** A loader that stores the given entries, in that order, into the store it is handed. */
function storing(...entries: Entry[]): Loader {
  return { name: 'test', load: async ({ store }) => void entries.forEach((entry) => store.set(entry)) };
}

/** Runs a collection's loader as a sync would, against a store of its own; returns the store. */
async function sync(name: string, collection: { loader?: unknown }): Promise<Map<string, Entry>> {
  const stored = new Map<string, Entry>();
  const store = {
    set: (entry: Entry) => Boolean(stored.set(entry.id, entry)),
    entries: () => [...stored.entries()],
  };
  await (collection.loader as Loader).load({ collection: name, store } as unknown as LoaderContext);
  return stored;
}

const entry = (id: string): Entry => ({ id, data: { title: `Title of ${id}` } });

beforeEach(() => forgetSharedCollections());

describe('shared collections', () => {
  it("gives the sync's own entries, in the order of Astro's store file", async () => {
    const collections = shareCollections({
      // Ids Astro's localeCompare order puts differently from code point order.
      events: { loader: storing(entry('b-2'), entry('Zeta'), entry('a-10'), entry('éclair'), entry('a-9')) },
      articles: { loader: storing(entry('second'), entry('first')) },
      claims: { loader: storing() },
    });
    const stored = await sync('events', collections.events);
    await sync('articles', collections.articles);
    await sync('claims', collections.claims);

    const shared = sharedCollections()!;
    const file = serializeDataStore(
      new Map([
        ['events', stored],
        [
          'articles',
          new Map([
            ['second', entry('second')],
            ['first', entry('first')],
          ]),
        ],
      ]),
    );
    const fromFile = (await MutableDataStore.fromString(file)).collections() as Map<string, Map<string, Entry>>;
    expect([...shared.keys()]).toEqual([...fromFile.keys()]);
    for (const [name, entries] of fromFile) expect([...shared.get(name)!.keys()]).toEqual([...entries.keys()]);
    expect(shared).toEqual(fromFile);
    // The very objects the sync stored, not copies; and no empty collection, as in the file.
    expect(shared.get('events')!.get('Zeta')).toBe(stored.get('Zeta'));
    expect(shared.has('claims')).toBe(false);
  });

  it('gives nothing until every collection has been loaded, and names those that have not', async () => {
    expect(unsharedCollections()).toBeUndefined();
    expect(sharedCollections()).toBeUndefined();
    const collections = shareCollections({
      articles: { loader: storing(entry('one')) },
      events: { loader: storing(entry('two')) },
    });
    expect(unsharedCollections()).toEqual(['articles', 'events']);
    await sync('articles', collections.articles);
    expect(unsharedCollections()).toEqual(['events']);
    expect(sharedCollections()).toBeUndefined();
    await sync('events', collections.events);
    expect(unsharedCollections()).toEqual([]);
    expect([...sharedCollections()!.keys()]).toEqual(['articles', 'events']);
  });

  it('leaves a collection with a function loader unshared, so that the file is read instead', () => {
    const inline = async () => [entry('one')];
    const collections = shareCollections({ notes: { loader: inline }, plain: {} });
    expect(collections.notes.loader).toBe(inline);
    expect(unsharedCollections()).toEqual(['notes', 'plain']);
    expect(sharedCollections()).toBeUndefined();
  });

  it('reads the store when asked, and forgets everything when a new build starts', async () => {
    const collections = shareCollections({ articles: { loader: storing(entry('one')) } });
    const stored = await sync('articles', collections.articles);
    stored.set('two', entry('two'));
    expect([...sharedCollections()!.get('articles')!.keys()]).toEqual(['one', 'two']);
    forgetSharedCollections();
    expect(sharedCollections()).toBeUndefined();
    expect(unsharedCollections()).toBeUndefined();
  });
});
