/** The claim schema: what an editor may write for a claim, and the words of each refusal. */
import { describe, expect, it } from 'vitest';
import { claimSchema } from '../../../src/collections/claim-schema.ts';
import { issueLines } from './issue-lines.ts';

const schema = claimSchema();
const messages = (input: unknown) => issueLines(schema, input);

const good = {
  question: 'is-iran-reducing-its-presence',
  claimant: { entity: 'ali-asghar-haji' },
  made: { date: '2024-11-14', estimate: false },
  stance: 'not-reduced',
  summary: 'Iran has made no decision to change the number of its troops and military advisers in Syria.',
  reports: [{ article: 'iran-denies-reducing-its-forces-in-syria', quote: 'there are no decisions' }],
};
const EITHER = 'claimant: give either "entity" (a named claimant) or "unnamed" (a description), not both or neither';

describe('claimSchema', () => {
  it('accepts a named claimant and an unnamed one with its affiliation', () => {
    expect(schema.parse(good).claimant.entity).toEqual({ id: 'ali-asghar-haji', collection: 'entities' });
    const unnamed = { unnamed: 'an Iraqi politician, speaking anonymously', affiliation: 'iraq' };
    expect(messages({ ...good, claimant: unnamed })).toEqual([]);
  });

  it('wants exactly one of a named and an unnamed claimant, named on the claimant', () => {
    expect(messages({ ...good, claimant: { entity: 'ali-asghar-haji', unnamed: 'a senior adviser' } })).toEqual([
      EITHER,
    ]);
    expect(messages({ ...good, claimant: {} })).toEqual([EITHER]);
  });

  it('takes an affiliation only for an unnamed claimant', () => {
    expect(messages({ ...good, claimant: { entity: 'ali-asghar-haji', affiliation: 'iran' } })).toEqual([
      'claimant.affiliation: "affiliation" only applies to an unnamed source; for a named one, use "entity"',
    ]);
  });

  it('names the stances, the summary’s length and the missing report', () => {
    expect(messages({ ...good, stance: 'reducing' })[0]).toMatch(/^stance: expected one of the stances: reduced, /);
    expect(messages({ ...good, summary: 'x'.repeat(241) })).toEqual([
      'summary: expected one line (at most 240 characters)',
    ]);
    expect(messages({ ...good, reports: [] })).toEqual([
      'reports: expected at least one report: the article and the words that carry the claim',
    ]);
    expect(messages({ ...good, note: '  ' })).toEqual(['note: expected text, got an empty string']);
  });
});
