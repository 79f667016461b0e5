/**
 * What kind of thing an event is. The one list: the event schema's enum, the chart's colours
 * and the category filter all read it, so adding a category here is all an editor needs.
 * Order is the legend's order.
 */
export const EVENT_CATEGORIES = {
  'war-and-fighting': 'War and fighting',
  'military-strike': 'Military strike',
  'official-statement': 'Official statement',
  'visit-or-meeting': 'Visit, meeting or talks',
  'withdrawal-or-deployment': 'Withdrawal or deployment',
  'show-of-force': 'Show of force',
  'report-or-study': 'Report or study',
} as const;

export type EventCategory = keyof typeof EVENT_CATEGORIES;

export const EVENT_CATEGORY_IDS = Object.keys(EVENT_CATEGORIES) as [EventCategory, ...EventCategory[]];

/** Articles' publication dates share the chart and the filter with events, as their own kind. */
export const PUBLICATION_KIND = 'publication';
export const PUBLICATION_LABEL = 'Article published';
