/** A small, fixed set of marks covering every shape the chart draws, for layout tests and the golden SVG. */
import type { TimelineMark } from '../../../../src/lib/timeline/mark.ts';

const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function mark(id: string, start: string, end: string, extra: Partial<TimelineMark> = {}): TimelineMark {
  const s = t(start);
  const e = t(end);
  return {
    id,
    kind: 'event',
    category: 'military-strike',
    label: id,
    dateText: start,
    title: `Title of ${id}`,
    start: s,
    end: e,
    precision: e - s <= 86_400_000 ? 'day' : 'period',
    approximate: false,
    href: `#event-${id}`,
    entities: [],
    publishers: ['p1'],
    articles: ['a1'],
    ...extra,
  };
}

export const FIXTURE_MARKS: TimelineMark[] = [
  mark('war-begins', '2011-01-01', '2012-01-01', {
    category: 'war-and-fighting',
    label: 'War begins',
    entities: ['syria'],
  }),
  mark('takes-town', '2013-06-11', '2013-06-21', {
    category: 'war-and-fighting',
    label: 'Town taken',
    approximate: true,
  }),
  mark('meetings', '2015-01-01', '2020-01-01', {
    category: 'visit-or-meeting',
    label: 'Meetings',
    entities: ['assad'],
  }),
  mark('strike', '2018-05-09', '2018-05-10', {
    label: 'Strike',
    entities: ['israel'],
    publishers: ['p2'],
    articles: ['a2'],
  }),
  mark('statement', '2018-05-17', '2018-05-18', {
    category: 'official-statement',
    label: 'Statement <"&>',
    entities: ['putin'],
    publishers: ['p2'],
    articles: ['a2'],
  }),
  mark('report', '2024-07-01', '2024-08-01', { category: 'report-or-study', label: 'Report' }),
  mark('about-day', '2024-11-17', '2024-11-18', {
    category: 'visit-or-meeting',
    label: 'About a day',
    approximate: true,
    entities: ['assad'],
  }),
  mark('talks', '2024-11-11', '2024-11-13', { category: 'visit-or-meeting', label: 'Talks' }),
  mark('published-a2', '2018-05-21', '2018-05-23', {
    kind: 'publication',
    category: 'publication',
    label: 'Publisher two',
    approximate: true,
    publishers: ['p2'],
    articles: ['a2'],
    href: '#published-a2',
  }),
  mark('published-a1', '2024-11-14', '2024-11-15', {
    kind: 'publication',
    category: 'publication',
    label: 'Publisher one',
    articles: ['a1'],
    href: '#published-a1',
  }),
];

export { t as utc };
