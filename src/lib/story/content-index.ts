/**
 * What the cross-checks need to know about the story's content, as plain data, so the checks
 * run (and are tested) without Astro. `data/story.ts` builds it from the collections.
 */
import type { EntityKind } from '../../collections/entity-schema.ts';
import type { AliasIndex } from '../entities/alias-index.ts';
import type { ArticleParagraph } from '../markdown/article-paragraphs.ts';
import { editDistance } from '../search/suggest.ts';

export interface ContentIndex {
  articles: ReadonlyMap<string, { file: string; paragraphs: readonly ArticleParagraph[] }>;
  entities: ReadonlyMap<string, { name: string; kind: EntityKind }>;
  questions: ReadonlySet<string>;
  aliasIndex: AliasIndex;
}

/** A reference as Astro's `reference()` hands it over. */
export interface Ref {
  id: string;
}

/** The message for a reference to a file that does not exist. */
export function missingFile(folder: string, id: string, extension: string, names: Iterable<string> = []): string {
  const near = nearestName(id, names);
  return (
    `the name of a file in ${folder} (without ${extension}), but there is no ${folder}${id}${extension}` +
    (near === undefined ? '' : `; did you mean "${near}"?`)
  );
}

/**
 * The existing name a mistyped one most likely meant: within a few edits (a fifth of its
 * length, at least two), or else the one name that holds it as whole words, as a short form
 * ("jusoor" for "jusoor-center-for-studies"). Names the editor can check, where listing them
 * all would not do for a story of thousands of articles.
 */
export function nearestName(id: string, names: Iterable<string>): string | undefined {
  const max = Math.max(2, Math.floor(id.length / 5));
  let best: string | undefined;
  let bestDistance = max + 1;
  const holding: string[] = [];
  for (const name of names) {
    const distance = editDistance(id, name, Math.min(max, bestDistance - 1));
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
    if (`-${name}-`.includes(`-${id}-`)) holding.push(name);
  }
  return best ?? (holding.length === 1 ? holding[0] : undefined);
}

/** Does `quote` state `count`, as digits, with or without thousands separators? */
export function statesNumber(quote: string, count: number): boolean {
  const plain = String(count);
  const grouped = count.toLocaleString('en-US');
  const forms = [...new Set([plain, grouped])].join('|');
  return new RegExp(`(?<![\\d.,])(?:${forms})(?![\\d]|[.,]\\d)`).test(quote);
}
