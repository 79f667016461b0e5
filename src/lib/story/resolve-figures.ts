/**
 * Checks a set of figures (`content/figures/*.yaml`) and resolves it for charts and tables:
 * every number is in its quote and every quote in the article; every breakdown's parts add up
 * to the total the text says they make up, or the file records the discrepancy, with the real
 * sum. Never adjusts a number.
 */
import type { FieldProblem } from '../../collections/content-error.ts';
import { findMentions } from '../entities/find-mentions.ts';
import { describeMismatch, locateQuote } from '../text/locate-quote.ts';
import { missingFile, statesNumber, type ContentIndex, type Ref } from './content-index.ts';

interface QuotedCount {
  count: number;
  quote: string;
}

export interface FiguresInput {
  source: Ref;
  article: Ref;
  totals: readonly (QuotedCount & { id: string; label: string })[];
  breakdowns: readonly {
    id: string;
    label: string;
    of: string;
    parts: readonly {
      place?: Ref | undefined;
      label?: string | undefined;
      count?: number | undefined;
      quote?: string | undefined;
      total?: string | undefined;
    }[];
    discrepancy?: { sumOfParts: number; matches?: string | undefined; note: string } | undefined;
  }[];
}

export interface ResolvedFigure {
  label: string;
  count: number;
  quote: string;
  /** Paragraph of the article that states it. */
  paragraphId: string;
  /** The place it counts, if it is a place. */
  placeId?: string;
  /** The stated total it is, if it is one. */
  totalId?: string;
}

export interface ResolvedBreakdown {
  id: string;
  label: string;
  of: ResolvedFigure & { totalId: string };
  parts: ResolvedFigure[];
  sumOfParts: number;
  discrepancy?: { sumOfParts: number; matches?: ResolvedFigure; note: string };
}

export interface ResolvedFigures {
  problems: FieldProblem[];
  totals: Map<string, ResolvedFigure & { totalId: string }>;
  breakdowns: ResolvedBreakdown[];
}

export function resolveFigures(figures: FiguresInput, index: ContentIndex): ResolvedFigures {
  const problems: FieldProblem[] = [];
  const totals: ResolvedFigures['totals'] = new Map();
  const breakdowns: ResolvedBreakdown[] = [];

  if (!index.entities.has(figures.source.id)) {
    problems.push({
      field: 'source',
      expected: missingFile('content/entities/', figures.source.id, '.yaml', index.entities.keys()),
    });
  }
  const article = index.articles.get(figures.article.id);
  if (!article) {
    problems.push({
      field: 'article',
      expected: missingFile('content/articles/', figures.article.id, '.md', index.articles.keys()),
    });
    return { problems, totals, breakdowns };
  }

  /** Checks one quoted number; returns its paragraph id, or undefined after reporting why not. */
  const locate = (field: string, { count, quote }: QuotedCount): string | undefined => {
    if (!statesNumber(quote, count)) {
      problems.push({
        field: `${field}.count`,
        expected: `the number its quote states, but "${quote}" does not contain ${count}`,
      });
    }
    const location = locateQuote(article.paragraphs, quote);
    if (!location) {
      problems.push({
        field: `${field}.quote`,
        expected: `words found word for word in one paragraph of ${article.file}, but they are not there: ${describeMismatch(article.paragraphs, quote)}`,
      });
      return undefined;
    }
    return location.paragraph.id;
  };

  figures.totals.forEach((total, i) => {
    if (totals.has(total.id)) {
      problems.push({
        field: `totals.${i}.id`,
        expected: `an id used once, but "${total.id}" is already the id of another total`,
      });
      return;
    }
    const paragraphId = locate(`totals.${i}`, total);
    if (paragraphId)
      totals.set(total.id, {
        label: total.label,
        count: total.count,
        quote: total.quote,
        paragraphId,
        totalId: total.id,
      });
  });

  const breakdownIds = new Set<string>();
  figures.breakdowns.forEach((breakdown, b) => {
    const field = `breakdowns.${b}`;
    if (breakdownIds.has(breakdown.id))
      problems.push({
        field: `${field}.id`,
        expected: `an id used once, but "${breakdown.id}" is already the id of another breakdown`,
      });
    breakdownIds.add(breakdown.id);
    const knownTotal = (id: string) => figures.totals.some((t) => t.id === id);
    const totalIds = figures.totals.map((t) => t.id).join(', ');

    const parts: ResolvedFigure[] = [];
    breakdown.parts.forEach((part, p) => {
      const partField = `${field}.parts.${p}`;
      if (part.total !== undefined) {
        if (!knownTotal(part.total))
          problems.push({
            field: `${partField}.total`,
            expected: `the id of one of the totals (${totalIds}), got "${part.total}"`,
          });
        const total = totals.get(part.total);
        if (total) parts.push({ ...total, label: part.label ?? total.label });
        return;
      }
      if (part.count === undefined || part.quote === undefined) return; // the schema has reported it
      let label = part.label;
      if (part.place) {
        const place = index.entities.get(part.place.id);
        if (!place)
          problems.push({
            field: `${partField}.place`,
            expected: missingFile('content/entities/', part.place.id, '.yaml', index.entities.keys()),
          });
        else if (place.kind !== 'place')
          problems.push({
            field: `${partField}.place`,
            expected: `an entity of kind "place", but "${part.place.id}" is a ${place.kind}`,
          });
        else {
          label ??= place.name;
          const named = findMentions(part.quote, index.aliasIndex).some((m) => m.entityId === part.place!.id);
          if (!named)
            problems.push({
              field: `${partField}.quote`,
              expected: `words that name ${place.name} (by its name or an alias), but "${part.quote}" does not`,
            });
        }
      }
      const paragraphId = locate(partField, { count: part.count, quote: part.quote });
      if (paragraphId && label !== undefined) {
        parts.push({
          label,
          count: part.count,
          quote: part.quote,
          paragraphId,
          ...(part.place ? { placeId: part.place.id } : {}),
        });
      }
    });

    const stated = breakdown.parts.map((part) =>
      part.total !== undefined ? figures.totals.find((t) => t.id === part.total)?.count : part.count,
    );
    const sumOfParts = stated.reduce<number>((sum, count) => sum + (count ?? 0), 0);
    const complete = stated.every((count) => count !== undefined);
    const of = figures.totals.find((t) => t.id === breakdown.of);
    if (!of) {
      problems.push({
        field: `${field}.of`,
        expected: `the id of the total these parts make up, one of: ${totalIds}; got "${breakdown.of}"`,
      });
      return;
    }
    const { discrepancy } = breakdown;
    let matches: ResolvedFigure | undefined;
    if (complete && sumOfParts === of.count && discrepancy) {
      problems.push({
        field: `${field}.discrepancy`,
        expected: `no discrepancy: the parts add up to ${sumOfParts}, which is "${of.id}"; remove "discrepancy"`,
      });
    }
    if (complete && sumOfParts !== of.count) {
      const difference = sumOfParts - of.count;
      if (!discrepancy) {
        problems.push({
          field: `${field}.parts`,
          expected:
            `counts that add up to "${of.id}" (${of.count}), but they add up to ${sumOfParts} (${difference > 0 ? '+' : ''}${difference}). ` +
            `Correct a mistyped count, or point "of" at the total the text says they make up; if the article's own numbers do not add up, ` +
            `say so in "discrepancy" (sumOfParts: ${sumOfParts}, and a note for readers). Never change a number to make it fit.`,
        });
      } else {
        if (discrepancy.sumOfParts !== sumOfParts) {
          problems.push({
            field: `${field}.discrepancy.sumOfParts`,
            expected: `what the parts actually add up to: ${sumOfParts}, got ${discrepancy.sumOfParts}`,
          });
        }
        if (discrepancy.matches !== undefined) {
          const other = figures.totals.find((t) => t.id === discrepancy.matches);
          if (!other)
            problems.push({
              field: `${field}.discrepancy.matches`,
              expected: `the id of one of the totals (${totalIds}), got "${discrepancy.matches}"`,
            });
          else if (other.count !== sumOfParts) {
            problems.push({
              field: `${field}.discrepancy.matches`,
              expected: `a total of ${sumOfParts}, what the parts add up to, but "${other.id}" is ${other.count}`,
            });
          } else matches = totals.get(other.id);
        }
      }
    }
    const ofResolved = totals.get(of.id);
    if (!ofResolved) return;
    breakdowns.push({
      id: breakdown.id,
      label: breakdown.label,
      of: ofResolved,
      parts,
      sumOfParts,
      ...(discrepancy
        ? {
            discrepancy: {
              sumOfParts: discrepancy.sumOfParts,
              note: discrepancy.note,
              ...(matches ? { matches } : {}),
            },
          }
        : {}),
    });
  });

  return { problems, totals, breakdowns };
}
