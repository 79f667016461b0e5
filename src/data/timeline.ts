/**
 * The timeline page's data, from the story: marks for the chart, windows to jump to, and the
 * filter choices (only entities and publishers that some event involves, with counts).
 */
import type { EntityKind } from '../collections/entity-schema.ts';
import { fullDomain, type Domain } from '../lib/timeline/layout.ts';
import type { TimelineMark } from '../lib/timeline/mark.ts';
import { eventMark, publicationMark } from '../lib/timeline/marks-from-story.ts';
import { openingWindow, presetWindows, type NamedWindow } from '../lib/timeline/windows.ts';
import { publisherOf, type Story } from './story.ts';

export interface FilterChoice {
  id: string;
  name: string;
  count: number;
}

export interface TimelineData {
  marks: TimelineMark[];
  full: Domain;
  opening: Domain;
  presets: NamedWindow[];
  entities: Record<EntityKind, FilterChoice[]>;
  publishers: FilterChoice[];
}

function choices(counts: Map<string, FilterChoice>): FilterChoice[] {
  return [...counts.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function buildTimeline(story: Story): TimelineData {
  const marks = [
    ...story.events.map(eventMark),
    ...story.articles.map((article) => publicationMark(article, publisherOf(story, article).data.name)),
  ];
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
  for (const mark of marks) {
    for (const id of mark.publishers) {
      const choice = publishers.get(id) ?? { id, name: story.publishers.get(id)!.data.name, count: 0 };
      if (mark.kind === 'event') choice.count += 1;
      publishers.set(id, choice);
    }
  }
  return {
    marks,
    full,
    opening: openingWindow(marks, full),
    presets: presetWindows(marks, full),
    entities: {
      person: choices(byKind.person),
      organisation: choices(byKind.organisation),
      place: choices(byKind.place),
    },
    publishers: choices(publishers),
  };
}
