/**
 * Every spelling of every entity (its name and aliases) mapped back to the entity.
 * Built once per build; `findMentions` reads it, and a spelling claimed by two entities is
 * reported so the build can stop (a mention must never be a guess between two).
 */
export interface NamedEntity {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface Spelling {
  entityId: string;
  /** As written in the content file. */
  text: string;
  /** Acronyms ("US", "RT") match only in capitals, so "us" is not the United States. */
  caseSensitive: boolean;
}

export interface AliasIndex {
  /** Keyed by `matchKey(text)`. */
  spellings: Map<string, Spelling>;
  /** Spellings given to more than one entity. */
  collisions: { text: string; entityIds: [string, string] }[];
}

const ACRONYM = /^[A-Z][A-Z.]{1,5}$/;

/** Apostrophes folded to one form; same length, so offsets into the text stay valid. */
export function foldApostrophes(text: string): string {
  return text.replace(/[’‘`]/g, "'");
}

export function matchKey(text: string): string {
  return foldApostrophes(text.normalize('NFC')).toLowerCase();
}

export function buildAliasIndex(entities: readonly NamedEntity[]): AliasIndex {
  const spellings = new Map<string, Spelling>();
  const collisions: AliasIndex['collisions'] = [];
  for (const entity of entities) {
    for (const text of [entity.name, ...entity.aliases]) {
      const key = matchKey(text);
      const existing = spellings.get(key);
      if (existing && existing.entityId !== entity.id) {
        collisions.push({ text, entityIds: [existing.entityId, entity.id] });
        continue;
      }
      spellings.set(key, { entityId: entity.id, text, caseSensitive: ACRONYM.test(text) });
    }
  }
  return { spellings, collisions };
}
