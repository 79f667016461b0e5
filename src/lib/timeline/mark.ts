/**
 * What the chart draws: one mark per event and one per article's publication, reduced to
 * plain numbers and strings so the same data renders at build time and travels to the
 * browser as JSON for the enhanced chart.
 */
import type { EventCategory } from './categories.ts';

export type MarkKind = 'event' | 'publication';

/** How precisely the mark's time is known; it decides the shape drawn. */
export type MarkPrecision = 'day' | 'period';

export interface TimelineMark {
  /** Stable id: the event's file name, or `published-<article slug>`. */
  id: string;
  kind: MarkKind;
  category: EventCategory | 'publication';
  /** The chart's short label. */
  label: string;
  /** Date in words ("early April 2024"), for the accessible name and the tooltip. */
  dateText: string;
  /** The list heading the mark stands for. */
  title: string;
  /** First instant (UTC ms) and exclusive end of the stretch the date covers. */
  start: number;
  end: number;
  /** `day`: a single known day (a dot); `period`: a month, year, span or window (a bar). */
  precision: MarkPrecision;
  /** Drawn blurred at the ends: the sources say roughly, or the date is our estimate. */
  approximate: boolean;
  /** Where choosing the mark goes: the list item (`#anchor` when on the chart's own page). */
  href: string;
  /** Ids of the entities involved, for filtering. */
  entities: string[];
  /** Publishers of the cited articles (for a publication: its publisher), for filtering. */
  publishers: string[];
  /** Slugs of the cited articles (for a publication: the article itself). */
  articles: string[];
}

const DAY_MS = 86_400_000;

/** The list entry's element id: an event's, and an article's publication's (also its mark's id). */
export const eventAnchor = (id: string): string => `event-${id}`;
export const publicationAnchor = (slug: string): string => `published-${slug}`;

/** The anchor of the list entry a mark stands for: the part of its `href` after `#`. */
export function markAnchor(mark: Pick<TimelineMark, 'kind' | 'id'>): string {
  return mark.kind === 'event' ? eventAnchor(mark.id) : mark.id;
}

export function isSingleDay(start: number, end: number): boolean {
  return end - start <= DAY_MS;
}

/** Centre of the mark's stretch: where its symbol sits, since any point of it may be the date. */
export function markCentre(mark: Pick<TimelineMark, 'start' | 'end'>): number {
  return (mark.start + mark.end) / 2;
}
