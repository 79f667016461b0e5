/**
 * The story's content, loaded once and cross-checked: every page reads it from here, so a
 * reference that does not resolve stops the build whichever page is built first.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../collections/content-error.ts';
import { resolveEvents, type TimelineEvent as ResolvedEvent } from '../collections/event-checks.ts';
import { compareNewestFirst } from '../lib/dates/published-date.ts';
import { buildAliasIndex, type AliasIndex } from '../lib/entities/alias-index.ts';

export type Article = CollectionEntry<'articles'>;
export type Publisher = CollectionEntry<'publishers'>;
export type Entity = CollectionEntry<'entities'>;
export type TimelineEvent = ResolvedEvent<Article, Entity>;

export interface Story {
  /** Newest first. */
  articles: Article[];
  publishers: Map<string, Publisher>;
  entities: Map<string, Entity>;
  /** Every spelling of every entity, for mention detection and search. */
  aliasIndex: AliasIndex;
  /** Timeline events in date order, quotes located in their articles. */
  events: TimelineEvent[];
}

let loading: Promise<Story> | undefined;

export function loadStory(): Promise<Story> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Story> {
  const [articles, publisherList, entityList, eventList] = await Promise.all([
    getCollection('articles'),
    getCollection('publishers'),
    getCollection('entities'),
    getCollection('events'),
  ]);
  const publishers = new Map(publisherList.map((p) => [p.id, p]));
  const entities = new Map(entityList.map((e) => [e.id, e]));
  const aliasIndex = buildAliasIndex(entityList.map((e) => ({ id: e.id, name: e.data.name, aliases: e.data.aliases })));
  for (const { text, entityIds } of aliasIndex.collisions) {
    const [first, second] = entityIds.map((id) => entities.get(id)!);
    throw new ContentError(second!.filePath ?? second!.id, [
      { field: 'aliases', expected: `spellings that belong to this entity only, but "${text}" is also a spelling of ${first!.filePath ?? first!.id}` },
    ]);
  }
  for (const article of articles) {
    const { id } = article.data.publisher;
    if (!publishers.has(id)) {
      throw new ContentError(article.filePath ?? article.id, [
        {
          field: 'publisher',
          expected: `one of the publishers in content/publishers/ (${[...publishers.keys()].join(', ')}), got "${id}"`,
        },
      ]);
    }
  }
  articles.sort((a, b) => compareNewestFirst(a.data.published, b.data.published) || a.id.localeCompare(b.id));
  const events = resolveEvents(eventList, new Map(articles.map((a) => [a.id, a])), entities);
  return { articles, publishers, entities, aliasIndex, events };
}

/** The events that cite an article, in date order. */
export function eventsCiting(story: Story, article: Article): TimelineEvent[] {
  return story.events.filter((event) => event.citations.some((citation) => citation.article.id === article.id));
}

export function publisherOf(story: Story, article: Article): Publisher {
  return story.publishers.get(article.data.publisher.id)!;
}
