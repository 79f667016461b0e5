/**
 * The timeline's data, from the story: the list (events and publications in date order, cut
 * into pages), the address of every entry on those pages, marks for the chart, windows to jump
 * to, and the filter choices (only entities and publishers that some event involves, with counts).
 */
import type { EntityKind } from '../collections/entity-schema.ts';
import { sitePath } from '../lib/paths.ts';
import { TIMELINE_PAGE_SIZE } from '../lib/page-sizes.ts';
import { fullDomain, type Domain } from '../lib/timeline/layout.ts';
import { packListPages, type ListPage } from '../lib/timeline/list-pages.ts';
import { eventAnchor, publicationAnchor, type TimelineMark } from '../lib/timeline/mark.ts';
import { eventMark, publicationExtent, publicationMark } from '../lib/timeline/marks-from-story.ts';
import { openingWindow, presetWindows, type NamedWindow } from '../lib/timeline/windows.ts';
import { publisherOf, type Article, type Story, type TimelineEvent } from './story.ts';

export interface FilterChoice {
  id: string;
  name: string;
  count: number;
}

/** The chart's data on the page; its marks travel separately (`/timeline/marks.json`). */
export interface TimelineData {
  full: Domain;
  opening: Domain;
  presets: NamedWindow[];
  entities: Record<EntityKind, FilterChoice[]>;
  publishers: FilterChoice[];
  /** How many marks of each category, for the filter's counts. */
  categoryCounts: Record<string, number>;
  eventCount: number;
  publicationCount: number;
}

/** One entry of the list: an event, or an article's publication. */
export type ListEntry = { start: number; end: number; year: number; anchor: string } & (
  { event: TimelineEvent } | { article: Article }
);

export interface TimelineList {
  pages: ListPage<ListEntry>[];
  /** Anchor (`event-<id>`, `published-<slug>`) -> the page it is on. */
  pageOf: Map<string, number>;
  /** Year -> the first page listing it. */
  yearPages: Map<number, number>;
}

/** Address of a page of the list: the first is `/timeline/` itself, under the chart. */
export function timelinePagePath(page: number): string {
  return sitePath(page === 1 ? 'timeline/' : `timeline/${page}/`);
}

const lists = new WeakMap<Story, TimelineList>();

/** The list, built once per story. */
export function timelineList(story: Story): TimelineList {
  const cached = lists.get(story);
  if (cached) return cached;
  const entries: (ListEntry & { kind: number; key: string })[] = [
    ...story.events.map((event) => ({
      start: event.extent.start.getTime(),
      end: event.extent.end.getTime(),
      year: event.extent.start.getUTCFullYear(),
      anchor: eventAnchor(event.id),
      kind: 0,
      key: event.id,
      event,
    })),
    ...story.articles.map((article) => {
      const extent = publicationExtent(article.data.published);
      return {
        start: extent.start.getTime(),
        end: extent.end.getTime(),
        year: extent.start.getUTCFullYear(),
        anchor: publicationAnchor(article.id),
        kind: 1,
        key: article.id,
        article,
      };
    }),
  ];
  // Chronological; on the same start, the shorter (more precise) first, events before publications.
  entries.sort((a, b) => a.start - b.start || a.end - b.end || a.kind - b.kind || a.key.localeCompare(b.key));
  const pages = packListPages<ListEntry>(entries, TIMELINE_PAGE_SIZE);
  const pageOf = new Map<string, number>();
  const yearPages = new Map<number, number>();
  for (const page of pages) {
    for (const entry of page.entries) {
      pageOf.set(entry.anchor, page.number);
      if (!yearPages.has(entry.year)) yearPages.set(entry.year, page.number);
    }
  }
  const list = { pages, pageOf, yearPages };
  lists.set(story, list);
  return list;
}

/** Where an entry of the list is: its page, and its anchor there. */
export function timelineEntryPath(story: Story, anchor: string): string {
  const page = timelineList(story).pageOf.get(anchor);
  if (page === undefined) throw new Error(`${anchor} is not on the timeline`);
  return `${timelinePagePath(page)}#${anchor}`;
}

export const eventPath = (story: Story, event: { id: string }): string =>
  timelineEntryPath(story, eventAnchor(event.id));

function choices(counts: Map<string, FilterChoice>): FilterChoice[] {
  return [...counts.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const markLists = new WeakMap<Story, TimelineMark[]>();

/**
 * Every mark of the chart: one per event, one per article's publication, each linking to its
 * list entry. The chart is on the list's first page, so an entry there is linked by its anchor
 * alone: following it scrolls the page and keeps the chart's view in the address.
 */
export function timelineMarks(story: Story): TimelineMark[] {
  const cached = markLists.get(story);
  if (cached) return cached;
  const { pageOf } = timelineList(story);
  const href = (anchor: string) => (pageOf.get(anchor) === 1 ? `#${anchor}` : timelineEntryPath(story, anchor));
  const marks = [
    ...story.events.map((event) => eventMark(event, href(eventAnchor(event.id)))),
    ...story.articles.map((article) =>
      publicationMark(article, publisherOf(story, article).data.name, href(publicationAnchor(article.id))),
    ),
  ];
  markLists.set(story, marks);
  return marks;
}

export function buildTimeline(story: Story): TimelineData {
  const marks = timelineMarks(story);
  const full = fullDomain(marks);
  const byKind: Record<EntityKind, Map<string, FilterChoice>> = {
    person: new Map(),
    organisation: new Map(),
    place: new Map(),
  };
  for (const event of story.events) {
    for (const entity of event.involved) {
      const map = byKind[entity.data.kind];
      const choice = map.get(entity.id) ?? { id: entity.id, name: entity.data.name, count: 0 };
      choice.count += 1;
      map.set(entity.id, choice);
    }
  }
  const publishers = new Map<string, FilterChoice>();
  const categoryCounts: Record<string, number> = {};
  for (const mark of marks) {
    categoryCounts[mark.category] = (categoryCounts[mark.category] ?? 0) + 1;
    for (const id of mark.publishers) {
      const choice = publishers.get(id) ?? { id, name: story.publishers.get(id)!.data.name, count: 0 };
      if (mark.kind === 'event') choice.count += 1;
      publishers.set(id, choice);
    }
  }
  return {
    full,
    opening: openingWindow(marks, full),
    presets: presetWindows(marks, full),
    entities: {
      person: choices(byKind.person),
      organisation: choices(byKind.organisation),
      place: choices(byKind.place),
    },
    publishers: choices(publishers),
    categoryCounts,
    eventCount: story.events.length,
    publicationCount: story.articles.length,
  };
}
