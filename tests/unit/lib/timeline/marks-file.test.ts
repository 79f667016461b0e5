import { describe, expect, it } from 'vitest';
import type { TimelineMark } from '../../../../src/lib/timeline/mark.ts';
import { decodeMarks, encodeMarks } from '../../../../src/lib/timeline/marks-file.ts';
import { FIXTURE_MARKS } from './fixture-marks.ts';

/** The fixture, with some entries on further pages of the list, as a long story has them. */
const MARKS: TimelineMark[] = FIXTURE_MARKS.map((mark, i) =>
  i % 3 === 0 ? { ...mark, href: `/tracker/timeline/${2 + (i % 2)}/${mark.href}` } : mark,
);

/** Through JSON, as the browser gets it. */
const roundTrip = (marks: readonly TimelineMark[]) => decodeMarks(JSON.parse(JSON.stringify(encodeMarks(marks))));

describe('marks.json', () => {
  it('gives the browser back every mark as the build made it', () => {
    expect(roundTrip(MARKS)).toEqual(MARKS);
    expect(roundTrip([])).toEqual([]);
  });

  it('writes each entity, publisher, article and list page once', () => {
    const file = encodeMarks(MARKS);
    expect(file.pages).toEqual(['', '/tracker/timeline/2/', '/tracker/timeline/3/']);
    expect(file.publishers).toEqual(['p1', 'p2']);
    expect(file.articles).toEqual(['a1', 'a2']);
    expect(file.entities).toEqual(['syria', 'assad', 'israel', 'putin']);
    expect(file.id).toHaveLength(MARKS.length);
    expect(JSON.stringify(file)).not.toContain('#');
  });

  it('stops on a mark whose left-out fields are not what its others make them', () => {
    const [mark] = MARKS as [TimelineMark];
    expect(() => encodeMarks([{ ...mark, kind: 'publication' }])).toThrow(
      'Timeline mark war-begins: unexpected kind (publication)',
    );
    expect(() => encodeMarks([{ ...mark, precision: 'day' }])).toThrow('unexpected precision (day)');
    expect(() => encodeMarks([{ ...mark, href: '/timeline/2/#elsewhere' }])).toThrow(
      'unexpected href (/timeline/2/#elsewhere)',
    );
  });
});
