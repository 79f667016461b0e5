/**
 * Which marks a reader's filters keep. Events match on every filter set; an article's
 * publication has no people or places of its own, so under a person, place or organisation
 * filter it stays only when a kept event cites it ("the articles behind these events").
 */
import type { TimelineMark } from './mark.ts';

export interface Filters {
  /** Categories to show (event categories and "publication"); undefined for all. */
  kinds?: ReadonlySet<string> | undefined;
  person?: string | undefined;
  place?: string | undefined;
  organisation?: string | undefined;
  publisher?: string | undefined;
}

export const ENTITY_FILTERS = ['person', 'place', 'organisation'] as const;

export function isFiltering(filters: Filters): boolean {
  return Boolean(filters.kinds || filters.publisher || ENTITY_FILTERS.some((key) => filters[key]));
}

export function filterMarks(marks: readonly TimelineMark[], filters: Filters): TimelineMark[] {
  const kindOk = (mark: TimelineMark) => !filters.kinds || filters.kinds.has(mark.category);
  const publisherOk = (mark: TimelineMark) => !filters.publisher || mark.publishers.includes(filters.publisher);
  const entityIds = ENTITY_FILTERS.map((key) => filters[key]).filter((id): id is string => Boolean(id));
  const events = marks.filter(
    (mark) =>
      mark.kind === 'event' && kindOk(mark) && publisherOk(mark) && entityIds.every((id) => mark.entities.includes(id)),
  );
  const cited = new Set(events.flatMap((mark) => mark.articles));
  const kept = new Set(events.map((mark) => mark.id));
  for (const mark of marks) {
    if (
      mark.kind === 'publication' &&
      kindOk(mark) &&
      publisherOk(mark) &&
      (entityIds.length === 0 || cited.has(mark.articles[0]!))
    ) {
      kept.add(mark.id);
    }
  }
  return marks.filter((mark) => kept.has(mark.id));
}
