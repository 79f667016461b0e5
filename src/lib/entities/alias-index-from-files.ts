/**
 * The alias index built straight from `content/entities/*.yaml`, for code that runs before the
 * content collections exist: Astro renders Markdown while it syncs content, so the remark plugin
 * that links mentions cannot wait for `loadStory()`.
 *
 * Lenient on purpose: a file that does not parse or lacks a name is skipped here, because the
 * `entities` collection validates the same files strictly and stops the build with a message
 * naming the file and field. Collisions are left to `loadStory()` for the same reason.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildAliasIndex, type AliasIndex, type NamedEntity } from './alias-index.ts';

const cache = new Map<string, { signature: string; index: AliasIndex; checkedAt: number }>();

/**
 * How long a checked index is trusted without looking at the files again. A build renders
 * thousands of articles in a burst: listing and stat-ing every entity file for each of them
 * cost about 0.8 s per 1,000 articles; an editor saving a file still sees it within a second.
 */
const RECHECK_AFTER_MS = 1_000;

/** The entity id of a file, as the `glob` loader makes it: the file name without `.yaml`. */
function idOf(fileName: string): string {
  return fileName.replace(/\.ya?ml$/, '');
}

function readEntity(path: string, id: string): NamedEntity | undefined {
  let data: unknown;
  try {
    data = parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { name, aliases } = data as { name?: unknown; aliases?: unknown };
  if (typeof name !== 'string' || name.trim() === '') return undefined;
  const spellings = Array.isArray(aliases)
    ? aliases.filter((a): a is string => typeof a === 'string' && a.trim().length >= 2)
    : [];
  return { id, name: name.trim(), aliases: spellings.map((a) => a.trim()) };
}

/**
 * Reads every entity file in `dir` once; later calls reuse the index until a file is added,
 * removed or changed (so `astro dev` picks up a new alias without a restart).
 */
export function aliasIndexFromFiles(dir: string | URL): AliasIndex {
  const path = typeof dir === 'string' ? dir : fileURLToPath(dir);
  const recent = cache.get(path);
  if (recent && Date.now() - recent.checkedAt < RECHECK_AFTER_MS) return recent.index;
  // A site without entities is a site without entity links, not an error.
  const files = (existsSync(path) ? readdirSync(path) : []).filter((name) => /\.ya?ml$/.test(name)).sort();
  const signature = files.map((name) => `${name}:${statSync(join(path, name)).mtimeMs}`).join('|');
  const cached = cache.get(path);
  if (cached?.signature === signature) {
    cached.checkedAt = Date.now();
    return cached.index;
  }
  const entities = files.flatMap((name) => readEntity(join(path, name), idOf(name)) ?? []);
  const index = buildAliasIndex(entities);
  cache.set(path, { signature, index, checkedAt: Date.now() });
  return index;
}
