import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../../src/collections/event-schema.ts';
import { issueLines } from './issue-lines.ts';

const schema = eventSchema();
const messages = (input: unknown) => issueLines(schema, input);

const good = {
  headline: 'Iran says its forces in Syria are unchanged',
  label: 'Haji: no change',
  summary: 'A senior adviser says nothing has changed.',
  when: { date: '2024-11-14', approximate: false },
  category: 'official-statement',
  involved: ['ali-asghar-haji'],
  citations: [{ article: 'iran-denies-reducing-its-forces-in-syria', quote: 'today, Thursday, November 14' }],
};

describe('eventSchema', () => {
  it('accepts a well-formed event and turns references into ids', () => {
    const parsed = schema.parse(good);
    expect(parsed.citations[0]!.article).toEqual({
      id: 'iran-denies-reducing-its-forces-in-syria',
      collection: 'articles',
    });
    expect(parsed.when.date).toEqual({ year: 2024, month: 11, day: 14, precision: 'day' });
  });

  it('rejects a malformed or impossible date, naming the field', () => {
    expect(messages({ ...good, when: { date: '14 November 2024', approximate: false } })[0]).toMatch(
      /^when\.date: expected a date written as/,
    );
    expect(messages({ ...good, when: { date: '2024-13', approximate: false } })[0]).toMatch(
      /^when\.date: .*no month 13/,
    );
    expect(messages({ ...good, when: { date: new Date('2024-11-14'), approximate: false } })[0]).toMatch(
      /^when\.date: expected a quoted date/,
    );
  });

  it('rejects an unknown category and lists the known ones', () => {
    expect(messages({ ...good, category: 'airstrike' })).toEqual([
      expect.stringMatching(/^category: expected one of "war-and-fighting", "military-strike".* got "airstrike"$/),
    ]);
    // Missing, it is not "got undefined": zod's own words, which the build words as missing.
    const { category: _left, ...withoutCategory } = good;
    expect(messages(withoutCategory)).toEqual([
      expect.stringMatching(/^category: Invalid option: expected one of "war-and-fighting"\|/),
    ]);
  });

  it('needs at least one citation and one entity, and the approximate flag', () => {
    expect(messages({ ...good, citations: [] })[0]).toMatch(/^citations: expected at least one citation/);
    expect(messages({ ...good, involved: [] })[0]).toMatch(/^involved: expected at least one/);
    expect(messages({ ...good, when: { date: '2024-11-14' } })[0]).toMatch(/^when\.approximate:/);
  });

  it('keeps "early/mid/late" to approximate month or year dates', () => {
    expect(messages({ ...good, when: { date: '2024-04', part: 'early', approximate: true } })).toEqual([]);
    expect(messages({ ...good, when: { date: '2024-04', part: 'early', approximate: false } })).toEqual([
      'when.approximate: "early", "mid" and "late" are approximate: set "approximate: true"',
    ]);
    expect(messages({ ...good, when: { date: '2024-04-02', part: 'early', approximate: true } })[0]).toMatch(
      /^when\.part: .*needs a month or year date/,
    );
  });

  it('wants a span to end after it starts', () => {
    expect(messages({ ...good, when: { date: '2015', end: '2019', approximate: false } })).toEqual([]);
    expect(messages({ ...good, when: { date: '2019', end: '2015', approximate: false } })).toEqual([
      'when.end: "end" must come after "date"',
    ]);
    expect(messages({ ...good, when: { date: '2024-11', end: '2024-11-12', approximate: false } })).toEqual([
      'when.end: "end" must come after "date"',
    ]);
  });

  it('refuses unknown keys and an over-long chart label', () => {
    expect(messages({ ...good, lable: 'x' })[0]).toMatch(/lable/);
    expect(messages({ ...good, label: 'A label that is far too long for the chart' })[0]).toMatch(
      /^label: expected a label of at most 32/,
    );
  });
});
