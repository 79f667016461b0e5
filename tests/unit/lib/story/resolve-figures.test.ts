import { describe, expect, it } from 'vitest';
import { resolveFigures, type FiguresInput } from '../../../../src/lib/story/resolve-figures.ts';
import { statesNumber } from '../../../../src/lib/story/content-index.ts';
import { storyIndex } from './fixtures.ts';

const index = storyIndex();

/** The fixture's numbers: 117 + 109 + 67 + 7 = 300; 52 bases + 477 points = 529. */
const figures = (breakdown: Partial<FiguresInput['breakdowns'][number]> = {}): FiguresInput => ({
  source: { id: 'jusoor' },
  article: { id: 'denial' },
  totals: [
    { id: 'sites', label: 'Sites', count: 300, quote: 'counted 300 sites' },
    { id: 'bases', label: 'Bases', count: 52, quote: '52 military bases' },
    { id: 'points', label: 'Points', count: 477, quote: '477 points' },
  ],
  breakdowns: [
    {
      id: 'by-place',
      label: 'By place',
      of: 'sites',
      parts: [
        { place: { id: 'aleppo' }, count: 117, quote: '117 locations in Aleppo' },
        {
          place: { id: 'rif-dimashq' },
          label: 'Damascus countryside',
          count: 109,
          quote: '109 in the countryside of Damascus',
        },
        { place: { id: 'homs' }, count: 67, quote: '67 in Homs' },
        { place: { id: 'damascus' }, count: 7, quote: '7 in Damascus' },
      ],
      ...breakdown,
    },
  ],
});

const fields = (input: FiguresInput) => resolveFigures(input, index).problems.map((p) => p.field);

describe('resolveFigures: totals add up', () => {
  it('accepts parts that add up to their total', () => {
    const { problems, breakdowns } = resolveFigures(figures(), index);
    expect(problems).toEqual([]);
    expect(breakdowns[0]).toMatchObject({ sumOfParts: 300, of: { count: 300 } });
    expect(breakdowns[0]!.parts.map((p) => [p.label, p.placeId])).toEqual([
      ['Aleppo', 'aleppo'],
      ['Damascus countryside', 'rif-dimashq'],
      ['Homs', 'homs'],
      ['Damascus', 'damascus'],
    ]);
  });

  it('stops on parts that do not add up, saying by how much and never suggesting a new number', () => {
    const { problems } = resolveFigures(figures({ of: 'points' }), index);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('breakdowns.0.parts');
    expect(problems[0]!.expected).toContain('add up to "points" (477), but they add up to 300 (-177)');
    expect(problems[0]!.expected).toContain('Never change a number to make it fit');
  });

  it('accepts a recorded discrepancy that states the real sum and the total it matches', () => {
    const { problems, breakdowns } = resolveFigures(
      figures({ of: 'points', discrepancy: { sumOfParts: 300, matches: 'sites', note: 'They count every site.' } }),
      index,
    );
    expect(problems).toEqual([]);
    expect(breakdowns[0]!.discrepancy).toMatchObject({ sumOfParts: 300, matches: { totalId: 'sites' } });
  });

  it('rejects a discrepancy with the wrong sum, a wrong match, or none to record', () => {
    expect(fields(figures({ of: 'points', discrepancy: { sumOfParts: 299, note: 'x' } }))).toEqual([
      'breakdowns.0.discrepancy.sumOfParts',
    ]);
    expect(fields(figures({ of: 'points', discrepancy: { sumOfParts: 300, matches: 'bases', note: 'x' } }))).toEqual([
      'breakdowns.0.discrepancy.matches',
    ]);
    expect(fields(figures({ discrepancy: { sumOfParts: 300, note: 'x' } }))).toEqual(['breakdowns.0.discrepancy']);
  });

  it('adds parts given as other totals', () => {
    const input = figures();
    const byType = { id: 'by-type', label: 'By type', of: 'sites', parts: [{ total: 'bases' }, { total: 'points' }] };
    const { problems } = resolveFigures({ ...input, breakdowns: [byType] }, index);
    expect(problems).toEqual([
      { field: 'breakdowns.0.parts', expected: expect.stringContaining('they add up to 529 (+229)') },
    ]);
  });

  it('checks every number against its quote, and every quote against the article', () => {
    const input = figures();
    const parts = [...input.breakdowns[0]!.parts];
    parts[2] = { place: { id: 'homs' }, count: 76, quote: '67 in Homs' };
    parts[3] = { place: { id: 'damascus' }, count: 7, quote: '7 in old Damascus' };
    const problems = resolveFigures(
      { ...input, breakdowns: [{ ...input.breakdowns[0]!, parts, discrepancy: { sumOfParts: 309, note: 'x' } }] },
      index,
    ).problems;
    expect(problems.map((p) => p.field)).toEqual(['breakdowns.0.parts.2.count', 'breakdowns.0.parts.3.quote']);
  });

  it('requires a place part to be a place named in its quote', () => {
    const input = figures();
    const parts = [...input.breakdowns[0]!.parts];
    parts[0] = { place: { id: 'homs' }, count: 117, quote: '117 locations in Aleppo' };
    parts[1] = { place: { id: 'jusoor' }, count: 109, quote: '109 in the countryside of Damascus' };
    const problems = resolveFigures({ ...input, breakdowns: [{ ...input.breakdowns[0]!, parts }] }, index).problems;
    expect(problems.map((p) => [p.field, p.expected.slice(0, 40)])).toEqual([
      ['breakdowns.0.parts.0.quote', 'words that name Homs (by its name or an '],
      ['breakdowns.0.parts.1.place', 'an entity of kind "place", but "jusoor" '],
    ]);
  });

  it('rejects unknown references and repeated ids', () => {
    const input = figures({ of: 'nothing' });
    const problems = resolveFigures(
      { ...input, source: { id: 'nobody' }, totals: [...input.totals, input.totals[0]!] },
      index,
    ).problems;
    expect(problems.map((p) => p.field)).toEqual(['source', 'totals.3.id', 'breakdowns.0.of']);
  });
});

describe('statesNumber', () => {
  it('finds a whole number, with or without thousands separators', () => {
    expect(statesNumber('more than 2,000 of its troops', 2000)).toBe(true);
    expect(statesNumber('more than 2000 of its troops', 2000)).toBe(true);
    expect(statesNumber('decreased from 570 to 529', 529)).toBe(true);
  });
  it('does not find a number inside another', () => {
    expect(statesNumber('1170 locations', 117)).toBe(false);
    expect(statesNumber('17 in Latakia', 7)).toBe(false);
    expect(statesNumber('7.5 points', 7)).toBe(false);
  });
});
