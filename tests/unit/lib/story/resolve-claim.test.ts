import { describe, expect, it } from 'vitest';
import { resolveClaim, type ClaimInput } from '../../../../src/lib/story/resolve-claim.ts';
import { storyIndex } from './fixtures.ts';

const index = storyIndex();
const claim = (overrides: Partial<ClaimInput> = {}): ClaimInput => ({
  question: { id: 'reducing' },
  claimant: { entity: { id: 'haji' } },
  reports: [{ article: { id: 'denial' }, quote: 'Everything remains as it is.' }],
  ...overrides,
});

describe('resolveClaim', () => {
  it('locates each quote in its paragraph, whatever the quotation marks', () => {
    const { problems, reports } = resolveClaim(
      claim({ reports: [{ article: { id: 'denial' }, quote: 'Haji said, "Everything remains' }] }),
      index,
    );
    expect(problems).toEqual([]);
    expect(reports).toEqual([
      {
        articleId: 'denial',
        quote: 'Haji said, "Everything remains',
        paragraphId: 'p-haji-said-everything-remains-as',
      },
    ]);
  });

  it('names the field of a quote that is not in its article, and where it stops matching', () => {
    const { problems } = resolveClaim(
      claim({ reports: [{ article: { id: 'denial' }, quote: 'Everything remains as is.' }] }),
      index,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe('reports.0.quote');
    expect(problems[0]!.expected).toContain('content/articles/denial.md');
    expect(problems[0]!.expected).toContain('match up to "…Everything remains as", then the article has " it is."');
  });

  it('reports unknown questions, entities and articles by field', () => {
    const { problems } = resolveClaim(
      {
        question: { id: 'nope' },
        claimant: { unnamed: 'a source', affiliation: { id: 'atlantis' } },
        reports: [{ article: { id: 'missing' }, quote: 'x' }],
      },
      index,
    );
    expect(problems.map((p) => p.field)).toEqual(['question', 'claimant.affiliation', 'reports.0.article']);
    expect(problems[1]!.expected).toContain('there is no content/entities/atlantis.yaml');
  });

  it('rejects an unknown named claimant', () => {
    const { problems } = resolveClaim(claim({ claimant: { entity: { id: 'nobody' } } }), index);
    expect(problems).toEqual([
      { field: 'claimant.entity', expected: expect.stringContaining('content/entities/nobody.yaml') },
    ]);
  });
});
