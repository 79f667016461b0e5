/**
 * The real content/ folder through the real collections (src/content.config.ts): each
 * collection's loader, schema and checks, as `astro build` runs them (load-real-content.ts).
 * A file that would stop the build fails here, named.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { COLLECTION_NAMES, loadCollection, PROJECT_ROOT } from './load-real-content.ts';

describe.each(COLLECTION_NAMES)('collection %s', (name) => {
  test('every file loads, passes its schema and checks, and is stored once', async () => {
    const { entries, log } = await loadCollection(name);
    expect(entries.length, `${name} has entries`).toBeGreaterThan(0);
    expect(log).toEqual([]);
    // Each file became one entry, and every file in the folder is one: a file the pattern misses
    // (`x.yml` next to `*.yaml`) would otherwise be left out of the site without a word.
    const files = entries.map((entry) => entry.filePath ?? '');
    expect(new Set(files).size).toBe(entries.length);
    const folders = [...new Set(files.map((file) => file.slice(0, file.lastIndexOf('/') + 1)))];
    for (const folder of folders) {
      const onDisk = readdirSync(new URL(folder, PROJECT_ROOT)).filter((file) => !file.startsWith('.'));
      const loaded = files.filter((file) => file.startsWith(folder)).map((file) => file.slice(folder.length));
      expect(loaded.sort(), `${folder}: every file is loaded`).toEqual(onDisk.sort());
    }
  });
});
