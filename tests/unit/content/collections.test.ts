/**
 * The real content/ folder through the real collections (src/content.config.ts): each
 * collection's loader, schema and checks, as `astro build` runs them, with a fake loader
 * context (see fake-loader-context.ts). A file that would stop the build fails here, named.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { z } from 'astro/zod';
import { collections } from '../../../src/content.config.ts';
import { fakeLoaderContext } from '../collections/fake-loader-context.ts';

const root = new URL('../../../', import.meta.url);

interface CollectionConfig {
  loader?: unknown;
  schema?: unknown;
}

describe.each(Object.entries(collections as Record<string, CollectionConfig>))('collection %s', (name, config) => {
  test('every file loads, passes its schema and checks, and is stored once', async () => {
    const { loader, schema } = config;
    if (typeof loader !== 'object' || loader === null || !('load' in loader)) {
      throw new Error(`collection ${name}: expected an object loader with load(), as glob() and file() return`);
    }
    if (schema !== undefined && typeof schema === 'function') {
      throw new Error(`collection ${name}: a schema function (image()) needs Astro's context; extend this test`);
    }
    const fake = fakeLoaderContext({ root, collection: name, schema: schema as z.ZodType | undefined });
    await (loader as { load: (context: typeof fake.context) => Promise<void> }).load(fake.context);

    const entries = fake.store.values();
    expect(entries.length, `${name} has entries`).toBeGreaterThan(0);
    expect(fake.logger.lines.filter((line) => line.level !== 'debug')).toEqual([]);
    // Each file became one entry, and every file in the folder is one: a file the pattern misses
    // (`x.yml` next to `*.yaml`) would otherwise be left out of the site without a word.
    const files = entries.map((entry) => entry.filePath ?? '');
    expect(new Set(files).size).toBe(entries.length);
    const folders = [...new Set(files.map((file) => file.slice(0, file.lastIndexOf('/') + 1)))];
    for (const folder of folders) {
      const onDisk = readdirSync(new URL(folder, root)).filter((file) => !file.startsWith('.'));
      const loaded = files.filter((file) => file.startsWith(folder)).map((file) => file.slice(folder.length));
      expect(loaded.sort(), `${folder}: every file is loaded`).toEqual(onDisk.sort());
    }
  });
});
