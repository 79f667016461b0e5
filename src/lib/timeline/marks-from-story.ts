/** Builds the chart's marks from the resolved story (events and articles' publication dates). */
import type { CalendarDate } from '../dates/calendar-date.ts';
import { formatEventDate, periodExtent } from '../dates/event-date.ts';
import { formatPublishedDate, type PublishedDate } from '../dates/published-date.ts';
import { isSingleDay, publicationAnchor, type TimelineMark } from './mark.ts';
import type { EventCategory } from './categories.ts';

export interface MarkableEvent {
  id: string;
  headline: string;
  label: string;
  category: EventCategory;
  when: Parameters<typeof formatEventDate>[0];
  extent: { start: Date; end: Date };
  involved: { id: string }[];
  citations: { article: { id: string; data: { publisher: { id: string } } } }[];
}

export interface MarkableArticle {
  id: string;
  data: { headline: string; published: PublishedDate; publisher: { id: string } };
}

/** `href`: the event's entry in the list (which page it is on is the list's business). */
export function eventMark(event: MarkableEvent, href: string): TimelineMark {
  const start = event.extent.start.getTime();
  const end = event.extent.end.getTime();
  return {
    id: event.id,
    kind: 'event',
    category: event.category,
    label: event.label,
    dateText: formatEventDate(event.when),
    title: event.headline,
    start,
    end,
    precision: isSingleDay(start, end) ? 'day' : 'period',
    approximate: event.when.approximate,
    href,
    entities: event.involved.map((entity) => entity.id),
    publishers: [...new Set(event.citations.map((c) => c.article.data.publisher.id))],
    articles: [...new Set(event.citations.map((c) => c.article.id))],
  };
}

/** The stretch an article may have come out in: its window if estimated, else its date. */
export function publicationExtent(published: PublishedDate): { start: Date; end: Date } {
  if (published.earliest && published.latest) {
    const last: CalendarDate = published.latest;
    return { start: periodExtent(published.earliest).start, end: periodExtent(last).end };
  }
  return periodExtent(published.date, published.part);
}

export function publicationMark(article: MarkableArticle, publisherName: string, href: string): TimelineMark {
  const extent = publicationExtent(article.data.published);
  const start = extent.start.getTime();
  const end = extent.end.getTime();
  return {
    id: publicationAnchor(article.id),
    kind: 'publication',
    category: 'publication',
    label: publisherName,
    dateText: formatPublishedDate(article.data.published),
    title: `${publisherName} publishes “${article.data.headline}”`,
    start,
    end,
    precision: isSingleDay(start, end) ? 'day' : 'period',
    approximate: article.data.published.estimate,
    href,
    entities: [],
    publishers: [article.data.publisher.id],
    articles: [article.id],
  };
}
