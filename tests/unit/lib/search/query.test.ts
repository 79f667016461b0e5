import { describe, expect, it } from 'vitest';
import { buildSpellingIndex, isExactPhrase, planQuery } from '../../../../src/lib/search/query.ts';

const index = buildSpellingIndex([
  ['Sayyida Zeinab', 'Zeinab Shrine', 'Sayyida Zaynab'],
  ['Islamic Revolutionary Guard Corps', 'IRGC', 'Revolutionary Guard', 'Revolutionary Guards'],
  ['Khmeimim air base', 'Khmeimim', 'Hmeimim'],
]);

describe('planQuery', () => {
  it('rewrites a spelling of several words to its token, longest spelling first', () => {
    expect(planQuery('Zeinab Shrine', index).pagefind).toBe('zeinab_shrine');
    expect(planQuery('attacks near the zeinab  shrine', index).pagefind).toBe('attacks near the zeinab_shrine');
    expect(planQuery('Islamic Revolutionary Guard Corps officers', index).pagefind).toBe(
      'islamic_revolutionary_guard_corps officers',
    );
    expect(planQuery('Revolutionary Guards', index).pagefind).toBe('revolutionary_guards');
  });
  it('leaves one-word spellings and other words as typed, and names the entities found', () => {
    const plan = planQuery('Hmeimim base', index);
    expect(plan.pagefind).toBe('Hmeimim base');
    expect(plan.groups).toEqual([['Khmeimim air base', 'Khmeimim', 'Hmeimim']]);
    expect(plan.spellingWords.has('hmeimim')).toBe(true);
  });
  it('takes the beginning of a spelling as that spelling, as Pagefind matches word beginnings', () => {
    expect(planQuery('hmei', index).groups).toEqual([['Khmeimim air base', 'Khmeimim', 'Hmeimim']]);
    expect(planQuery('hm', index).groups).toEqual([]);
  });
  it('does not rewrite part of a spelling', () => {
    expect(planQuery('Revolutionary', index).pagefind).toBe('Revolutionary');
    expect(planQuery('Revolutionary', index).groups).toEqual([]);
  });
  it('drops a last word of one letter, still being typed', () => {
    expect(planQuery('defenders of t', index).pagefind).toBe('defenders of');
    expect(planQuery('t', index).pagefind).toBe('');
    expect(planQuery('529', index).pagefind).toBe('529');
  });
  it('passes a quoted phrase through untouched', () => {
    expect(isExactPhrase('"Zeinab Shrine"')).toBe(true);
    expect(planQuery(' "Zeinab Shrine" ', index)).toMatchObject({
      pagefind: '"Zeinab Shrine"',
      exact: true,
      groups: [],
    });
    expect(isExactPhrase('"Zeinab Shrine')).toBe(false);
  });
});
