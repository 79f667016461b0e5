/**
 * What the cross-checks need to know about the story's content, as plain data, so the checks
 * run (and are tested) without Astro. `data/story.ts` builds it from the collections.
 */
import type { EntityKind } from '../../collections/entity-schema.ts';
import type { AliasIndex } from '../entities/alias-index.ts';
import type { ArticleParagraph } from '../markdown/article-paragraphs.ts';

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
export function missingFile(folder: string, id: string, extension: string): string {
  return `the name of a file in ${folder} (without ${extension}), but there is no ${folder}${id}${extension}`;
}

/** Does `quote` state `count`, as digits, with or without thousands separators? */
export function statesNumber(quote: string, count: number): boolean {
  const plain = String(count);
  const grouped = count.toLocaleString('en-US');
  const forms = [...new Set([plain, grouped])].join('|');
  return new RegExp(`(?<![\\d.,])(?:${forms})(?![\\d]|[.,]\\d)`).test(quote);
}
