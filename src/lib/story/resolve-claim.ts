/**
 * Checks a claim against the rest of the story and locates its reports: the question, claimant
 * and articles must exist, and every quote must be in its article, word for word.
 */
import type { FieldProblem } from '../../collections/content-error.ts';
import { describeMismatch, locateQuote } from '../text/locate-quote.ts';
import { missingFile, type ContentIndex, type Ref } from './content-index.ts';

export interface ClaimInput {
  question: Ref;
  claimant: { entity?: Ref | undefined; unnamed?: string | undefined; affiliation?: Ref | undefined };
  reports: readonly { article: Ref; quote: string }[];
}

export interface LocatedReport {
  articleId: string;
  quote: string;
  /** The paragraph the quote is in, for `/articles/<slug>/#<id>`. */
  paragraphId: string;
}

export function resolveClaim(
  claim: ClaimInput,
  index: ContentIndex,
): { problems: FieldProblem[]; reports: LocatedReport[] } {
  const problems: FieldProblem[] = [];
  if (!index.questions.has(claim.question.id)) {
    problems.push({
      field: 'question',
      expected: missingFile('content/questions/', claim.question.id, '.yaml', index.questions),
    });
  }
  for (const key of ['entity', 'affiliation'] as const) {
    const ref = claim.claimant[key];
    if (ref && !index.entities.has(ref.id)) {
      problems.push({
        field: `claimant.${key}`,
        expected: missingFile('content/entities/', ref.id, '.yaml', index.entities.keys()),
      });
    }
  }
  const reports: LocatedReport[] = [];
  claim.reports.forEach(({ article, quote }, i) => {
    const found = index.articles.get(article.id);
    if (!found) {
      problems.push({
        field: `reports.${i}.article`,
        expected: missingFile('content/articles/', article.id, '.md', index.articles.keys()),
      });
      return;
    }
    const location = locateQuote(found.paragraphs, quote);
    if (!location) {
      problems.push({
        field: `reports.${i}.quote`,
        expected: `words found word for word in one paragraph of ${found.file}, but they are not there: ${describeMismatch(found.paragraphs, quote)}`,
      });
      return;
    }
    reports.push({ articleId: article.id, quote, paragraphId: location.paragraph.id });
  });
  return { problems, reports };
}
