/**
 * What search records about the entities an article mentions (found with `findMentions`, so
 * by any spelling in `content/entities/`):
 * - the people, places and organisations it can be filtered by;
 * - the search metadata that lets any spelling of those entities find it (see `spellings.ts`).
 */
import type { AliasIndex } from '../entities/alias-index.ts';
import { findMentions } from '../entities/find-mentions.ts';
import { isSearchableSpelling, searchWords, spellingToken } from './spellings.ts';

export type EntityKind = 'person' | 'place' | 'organisation';

export interface EntityForSearch {
  name: string;
  kind: EntityKind;
  aliases: readonly string[];
}

export interface ArticleEntities {
  /** Canonical names by kind, sorted, each once. */
  byKind: Record<EntityKind, string[]>;
  /**
   * Words for the search metadata: one-word spellings the text does not use, and the token of
   * every spelling of several words ("revolutionary_guard"), space-separated.
   */
  spellings: string;
}

export function articleEntities(
  text: string,
  index: AliasIndex,
  entities: ReadonlyMap<string, EntityForSearch>,
): ArticleEntities {
  const textWords = new Set(searchWords(text.replace(/[-‐‑–—/]/g, ' ')).concat(searchWords(text)));
  const byKind: Record<EntityKind, Set<string>> = { person: new Set(), place: new Set(), organisation: new Set() };
  const words = new Set<string>();
  const seen = new Set<string>();
  for (const { entityId } of findMentions(text, index)) {
    if (seen.has(entityId)) continue;
    seen.add(entityId);
    const entity = entities.get(entityId);
    if (!entity) throw new Error(`findMentions returned "${entityId}", which is not in the entity list`);
    byKind[entity.kind].add(entity.name);
    const spellings = [entity.name, ...entity.aliases].filter(isSearchableSpelling);
    if (spellings.length < 2) continue;
    for (const spelling of spellings) {
      const token = spellingToken(spelling);
      if (token) words.add(token);
      else {
        const [word] = searchWords(spelling);
        if (word && !textWords.has(word)) words.add(word);
      }
    }
  }
  const sorted = (names: Set<string>) => [...names].sort((a, b) => a.localeCompare(b, 'en'));
  return {
    byKind: { person: sorted(byKind.person), place: sorted(byKind.place), organisation: sorted(byKind.organisation) },
    spellings: [...words].join(' '),
  };
}
