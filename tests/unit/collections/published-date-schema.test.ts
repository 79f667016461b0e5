import { describe, expect, it } from 'vitest';
import { publishedDateSchema } from '../../../src/collections/published-date-schema.ts';

const schema = publishedDateSchema();
const messages = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('publishedDateSchema', () => {
  it('accepts an exact date and an estimate with its basis and window', () => {
    expect(messages({ date: '2024-11-14', estimate: false })).toEqual([]);
    expect(
      messages({ date: '2024-11-18', estimate: true, earliest: '2024-11-15', latest: '2024-11-21', basis: 'Because.' }),
    ).toEqual([]);
    expect(messages({ date: '2024-04', part: 'late', estimate: true, basis: 'Because.' })).toEqual([]);
  });
  it('asks for quotes when YAML has already turned the date into a Date', () => {
    expect(messages({ date: new Date('2025-02-14'), estimate: false })[0]).toMatch(/^date: expected a quoted date/);
  });
  it('rejects impossible, malformed and future dates', () => {
    expect(messages({ date: '2024-13-45', estimate: false })).toEqual([
      'date: "2024-13-45" has no month 13 (months run 01-12)',
    ]);
    expect(messages({ date: '2024-11-5', estimate: false })[0]).toMatch(/^date: expected a date written as YYYY/);
    expect(messages({ date: '2999-01-01', estimate: false })[0]).toMatch(/is in the future/);
  });
  it('requires a basis for an estimate and forbids estimate fields on an exact date', () => {
    expect(messages({ date: '2024-04', estimate: true })).toEqual([
      'basis: an estimated date needs its basis: say what the estimate rests on',
    ]);
    expect(messages({ date: '2024-04-02', estimate: false, basis: 'x' })[0]).toMatch(
      /^basis: "basis" only applies to an estimate/,
    );
  });
  it('checks the window', () => {
    expect(messages({ date: '2024-11-18', estimate: true, basis: 'x', earliest: '2024-11-15' })).toEqual([
      'latest: give both "earliest" and "latest", or neither',
    ]);
    expect(
      messages({ date: '2024-12-01', estimate: true, basis: 'x', earliest: '2024-11-15', latest: '2024-11-21' }),
    ).toEqual(['date: "date" must fall between "earliest" and "latest"']);
    expect(messages({ date: '2024-11-18', estimate: true, basis: 'x', part: 'late' })[0]).toMatch(/^part:/);
  });
  it('rejects unknown keys', () => {
    expect(messages({ date: '2024-11-14', estimate: false, when: 'x' })[0]).toMatch(/when/);
  });
});
