/**
 * The story's content, loaded once and cross-checked: every page reads it from here, so a
 * reference that does not resolve stops the build whichever page is built first.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../collections/content-error.ts';
import { compareNewestFirst } from '../lib/dates/published-date.ts';

export type Article = CollectionEntry<'articles'>;
export type Publisher = CollectionEntry<'publishers'>;

export interface Story {
  /** Newest first. */
  articles: Article[];
  publishers: Map<string, Publisher>;
}

let loading: Promise<Story> | undefined;

export function loadStory(): Promise<Story> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Story> {
  const [articles, publisherList] = await Promise.all([getCollection('articles'), getCollection('publishers')]);
  const publishers = new Map(publisherList.map((p) => [p.id, p]));
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
  return { articles, publishers };
}

export function publisherOf(story: Story, article: Article): Publisher {
  return story.publishers.get(article.data.publisher.id)!;
}
