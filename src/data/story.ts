/**
 * The story's content, loaded once and cross-checked: every page reads it from here, so a
 * reference that does not resolve stops the build whichever page is built first.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, type FieldProblem } from '../collections/content-error.ts';
import { resolveEvents, type TimelineEvent as ResolvedEvent } from '../collections/event-checks.ts';
import { STANCE_IDS } from '../collections/stance.ts';
import { releaseMemoryInBuild } from '../integrations/release-memory.ts';
import { compareNewestFirst, sortInstant } from '../lib/dates/published-date.ts';
import { buildAliasIndex, matchKey, type AliasIndex } from '../lib/entities/alias-index.ts';
import { articleParagraphs, type ArticleParagraph } from '../lib/markdown/article-paragraphs.ts';
import { renderedBlocksOf } from '../lib/markdown/rendered-blocks.ts';
import type { ContentIndex } from '../lib/story/content-index.ts';
import { indexMentions, type MentionIndex } from '../lib/story/mention-index.ts';
import { resolveClaim, type LocatedReport } from '../lib/story/resolve-claim.ts';
import { resolveFigures, type ResolvedBreakdown, type ResolvedFigures } from '../lib/story/resolve-figures.ts';

export type Article = CollectionEntry<'articles'>;
export type Publisher = CollectionEntry<'publishers'>;
export type Entity = CollectionEntry<'entities'>;
export type Question = CollectionEntry<'questions'>;
export type TimelineEvent = ResolvedEvent<Article, Entity>;

/** A claim with its reports found in the articles. */
export interface Claim {
  entry: CollectionEntry<'claims'>;
  reports: LocatedReport[];
}

/** A set of figures, checked, with its totals and breakdowns resolved. */
export interface Figures {
  entry: CollectionEntry<'figures'>;
  totals: ResolvedFigures['totals'];
  breakdowns: ResolvedBreakdown[];
}

export interface Story {
  /** Newest first. */
  articles: Article[];
  publishers: Map<string, Publisher>;
  entities: Map<string, Entity>;
  /** Every spelling of every entity, for mention detection and search. */
  aliasIndex: AliasIndex;
  /** Each article's paragraphs (plain text and page ids), by article id. */
  paragraphs: Map<string, ArticleParagraph[]>;
  /** Where each entity is mentioned (articles newest first), and which entities each article mentions. */
  mentions: MentionIndex;
  questions: Map<string, Question>;
  /** Oldest first (by when the claim was made), then by file name. */
  claims: Claim[];
  figures: Figures[];
  /** Timeline events in date order, quotes located in their articles. */
  events: TimelineEvent[];
}

let loading: Promise<Story> | undefined;

export function loadStory(): Promise<Story> {
  loading ??= load().then((story) => {
    // Building it leaves more garbage than the story itself weighs: handed back before the pages.
    releaseMemoryInBuild('story built');
    return story;
  });
  return loading;
}

const fileOf = (entry: { filePath?: string | undefined; id: string }) => entry.filePath ?? entry.id;

/** Where an entity's file holds a spelling: its `name`, or which of its `aliases`, as written there. */
function spellingIn(entity: Entity, spelling: string): { entity: Entity; field: string; text: string } {
  const key = matchKey(spelling);
  if (matchKey(entity.data.name) === key) return { entity, field: 'name', text: entity.data.name };
  const index = entity.data.aliases.findIndex((alias) => matchKey(alias) === key);
  return { entity, field: `aliases.${index}`, text: entity.data.aliases[index] ?? spelling };
}

function stopOn(file: string, problems: FieldProblem[]): void {
  if (problems.length > 0) throw new ContentError(file, problems);
}

async function load(): Promise<Story> {
  const [articles, publisherList, entityList, questionList, claimList, figureList, eventList] = await Promise.all([
    getCollection('articles'),
    getCollection('publishers'),
    getCollection('entities'),
    getCollection('questions'),
    getCollection('claims'),
    getCollection('figures'),
    getCollection('events'),
  ]);
  const publishers = new Map(publisherList.map((p) => [p.id, p]));
  const entities = new Map(entityList.map((e) => [e.id, e]));
  const aliasIndex = buildAliasIndex(entityList.map((e) => ({ id: e.id, name: e.data.name, aliases: e.data.aliases })));
  for (const { text, entityIds } of aliasIndex.collisions) {
    const [first, second] = entityIds.map((id) => spellingIn(entities.get(id)!, text));
    // Name the file where the spelling is an alias: a name is what the entity is, an alias was added to it.
    const [culprit, other] =
      second!.field === 'name' && first!.field !== 'name' ? [first!, second!] : [second!, first!];
    throw new ContentError(fileOf(culprit.entity), [
      {
        field: culprit.field,
        expected: `spellings that belong to this entity only, but "${culprit.text}" is also ${other.field === 'name' ? 'the name' : 'a spelling'} of ${fileOf(other.entity)}`,
      },
    ]);
  }
  for (const article of articles) {
    const { id } = article.data.publisher;
    if (!publishers.has(id)) {
      throw new ContentError(fileOf(article), [
        {
          field: 'publisher',
          expected: `one of the publishers in content/publishers/ (${[...publishers.keys()].join(', ')}), got "${id}"`,
        },
      ]);
    }
  }
  articles.sort((a, b) => compareNewestFirst(a.data.published, b.data.published) || a.id.localeCompare(b.id));

  const paragraphs = new Map(articles.map((a) => [a.id, articleParagraphs(renderedBlocksOf(a))]));
  const index: ContentIndex = {
    articles: new Map(articles.map((a) => [a.id, { file: fileOf(a), paragraphs: paragraphs.get(a.id)! }])),
    entities: new Map(entityList.map((e) => [e.id, { name: e.data.name, kind: e.data.kind }])),
    questions: new Set(questionList.map((q) => q.id)),
    aliasIndex,
  };

  const claims = claimList.map((entry): Claim => {
    const { problems, reports } = resolveClaim(entry.data, index);
    stopOn(fileOf(entry), problems);
    return { entry, reports };
  });
  claims.sort(
    (a, b) =>
      sortInstant(a.entry.data.made) - sortInstant(b.entry.data.made) ||
      STANCE_IDS.indexOf(a.entry.data.stance) - STANCE_IDS.indexOf(b.entry.data.stance) ||
      a.entry.id.localeCompare(b.entry.id),
  );

  const figures = figureList.map((entry): Figures => {
    const { problems, totals, breakdowns } = resolveFigures(entry.data, index);
    stopOn(fileOf(entry), problems);
    return { entry, totals, breakdowns };
  });

  const mentions = indexMentions(
    articles.map((a) => ({
      id: a.id,
      paragraphs: paragraphs.get(a.id)!,
      outside: [
        ...(a.data.standfirst ? [{ text: a.data.standfirst, kind: 'standfirst' as const }] : []),
        ...(a.data.captions ?? []).map((c) => ({ text: c.text, kind: 'caption' as const })),
      ],
    })),
    aliasIndex,
  );

  const events = resolveEvents(eventList, new Map(articles.map((a) => [a.id, a])), entities);

  return {
    articles,
    publishers,
    entities,
    aliasIndex,
    paragraphs,
    mentions,
    questions: new Map(questionList.map((q) => [q.id, q])),
    claims,
    figures,
    events,
  };
}

/** The events that cite an article, in date order. */
export function eventsCiting(story: Story, article: Article): TimelineEvent[] {
  return citingIndex(story).get(article.id) ?? [];
}

/**
 * Article id -> the events citing it, built once per story: filtering every event for every
 * article page is quadratic, and a corpus of 10,000 articles has some 66,000 events.
 */
const citingIndexes = new WeakMap<Story, Map<string, TimelineEvent[]>>();
/** The events an entity takes part in (its `involved` list), in timeline order. */
export function eventsInvolving(story: Story, entityId: string): TimelineEvent[] {
  let index = involvingIndexes.get(story);
  if (!index) {
    index = new Map();
    for (const event of story.events) {
      for (const { id } of event.involved) {
        const list = index.get(id);
        if (list) list.push(event);
        else index.set(id, [event]);
      }
    }
    involvingIndexes.set(story, index);
  }
  return index.get(entityId) ?? [];
}
const involvingIndexes = new WeakMap<Story, Map<string, TimelineEvent[]>>();

function citingIndex(story: Story): Map<string, TimelineEvent[]> {
  let index = citingIndexes.get(story);
  if (!index) {
    index = new Map();
    for (const event of story.events) {
      for (const id of new Set(event.citations.map((citation) => citation.article.id))) {
        const list = index.get(id);
        if (list) list.push(event);
        else index.set(id, [event]);
      }
    }
    citingIndexes.set(story, index);
  }
  return index;
}

export function publisherOf(story: Story, article: Article): Publisher {
  return story.publishers.get(article.data.publisher.id)!;
}

export function articleById(story: Story, id: string): Article {
  let index = articleIndexes.get(story);
  if (!index) articleIndexes.set(story, (index = new Map(story.articles.map((a) => [a.id, a]))));
  return index.get(id)!;
}
/** Article id -> article, built once per story (a find() per call is linear per lookup). */
const articleIndexes = new WeakMap<Story, Map<string, Article>>();

/**
 * The entities an article mentions, grouped by kind, in order of first mention: what search
 * filters (people, organisations, places) and timeline filters need for one article.
 */
export function entitiesMentionedIn(story: Story, articleId: string): Record<Entity['data']['kind'], Entity[]> {
  const groups: Record<Entity['data']['kind'], Entity[]> = { person: [], organisation: [], place: [] };
  for (const id of story.mentions.byArticle.get(articleId) ?? []) {
    const entity = story.entities.get(id)!;
    groups[entity.data.kind].push(entity);
  }
  return groups;
}
