/**
 * The open data files' contents, from the Story. Every address is absolute, so a file still
 * works once downloaded; the endpoints pass `absolute` built from the site's URL.
 */
import type { z } from 'astro/zod';
import { STANCES, STANCE_IDS } from '../../collections/stance.ts';
import type { Story } from '../../data/story.ts';
import { eventPath } from '../../data/timeline.ts';
import { toIso } from '../dates/calendar-date.ts';
import { articlePath, capturePath, entityPath, paragraphPath, questionPath } from '../paths.ts';
import { dateJson } from './date-json.ts';
import type { ResolvedFigure } from '../story/resolve-figures.ts';
import type { OPEN_DATA, OpenDataName } from './shapes.ts';

type Absolute = (path: string) => string;
type Output<N extends OpenDataName> = z.input<(typeof OPEN_DATA)[N]>;

function articles(story: Story, absolute: Absolute): Output<'articles'> {
  return {
    articles: story.articles.map((article) => {
      const { data } = article;
      return {
        id: article.id,
        url: absolute(articlePath(article.id)),
        headline: data.headline,
        headlineBy: data.headlineBy,
        publisher: { id: data.publisher.id, name: story.publishers.get(data.publisher.id)!.data.name },
        published: dateJson(data.published),
        ...(data.originalUrl ? { originalUrl: data.originalUrl } : {}),
        ...(data.translatedFrom ? { translatedFrom: { ...data.translatedFrom } } : {}),
        ...(data.standfirst ? { standfirst: data.standfirst } : {}),
        captureUrl: absolute(capturePath(data.capture.file)),
        paragraphs: story.paragraphs.get(article.id)!.map(({ id, text }) => ({ id, text })),
        entities: story.mentions.byArticle.get(article.id) ?? [],
      };
    }),
  };
}

function entities(story: Story, absolute: Absolute): Output<'entities'> {
  return {
    entities: [...story.entities.values()].map((entity) => ({
      id: entity.id,
      url: absolute(entityPath(entity.id)),
      name: entity.data.name,
      kind: entity.data.kind,
      aliases: entity.data.aliases,
      description: entity.data.description,
      mentions: (story.mentions.byEntity.get(entity.id) ?? []).map((m) => ({
        article: m.articleId,
        ...(m.paragraphId ? { paragraphId: m.paragraphId } : {}),
        sentence: m.sentence,
      })),
    })),
  };
}

function claims(story: Story, absolute: Absolute): Output<'claims'> {
  return {
    stances: STANCE_IDS.map((id) => ({ id, ...STANCES[id] })),
    questions: [...story.questions.values()].map((q) => ({
      id: q.id,
      url: absolute(questionPath(q.id)),
      question: q.data.question,
      summary: q.data.summary,
    })),
    claims: story.claims.map(({ entry, reports }) => {
      const { data } = entry;
      const { entity, unnamed, affiliation } = data.claimant;
      return {
        id: entry.id,
        url: absolute(`${questionPath(data.question.id)}#claim-${entry.id}`),
        question: data.question.id,
        claimant: {
          ...(entity ? { entity: entity.id } : {}),
          ...(unnamed ? { unnamed } : {}),
          ...(affiliation ? { affiliation: affiliation.id } : {}),
        },
        made: dateJson(data.made),
        stance: data.stance,
        summary: data.summary,
        reports: reports.map((r) => ({
          article: r.articleId,
          paragraphId: r.paragraphId,
          url: absolute(paragraphPath(r.articleId, r.paragraphId)),
          quote: r.quote,
        })),
        ...(data.note ? { note: data.note } : {}),
      };
    }),
  };
}

function figures(story: Story, absolute: Absolute): Output<'figures'> {
  return {
    figures: story.figures.map(({ entry, totals, breakdowns }) => {
      const { data } = entry;
      const cited = (f: ResolvedFigure) => ({
        count: f.count,
        quote: f.quote,
        url: absolute(paragraphPath(data.article.id, f.paragraphId)),
      });
      return {
        id: entry.id,
        title: data.title,
        unit: data.unit,
        source: data.source.id,
        published: dateJson(data.published),
        article: data.article.id,
        totals: data.totals.map((t) => ({
          id: t.id,
          label: t.label,
          ...(t.asOf ? { asOf: { date: toIso(t.asOf.date), ...(t.asOf.part ? { part: t.asOf.part } : {}) } } : {}),
          ...cited(totals.get(t.id)!),
        })),
        breakdowns: breakdowns.map((b) => ({
          id: b.id,
          label: b.label,
          of: b.of.totalId,
          parts: b.parts.map((p) => ({
            label: p.label,
            ...(p.placeId ? { place: p.placeId } : {}),
            ...(p.totalId ? { total: p.totalId } : {}),
            ...cited(p),
          })),
          sumOfParts: b.sumOfParts,
          ...(b.discrepancy
            ? {
                discrepancy: {
                  sumOfParts: b.discrepancy.sumOfParts,
                  ...(b.discrepancy.matches ? { matches: b.discrepancy.matches.totalId! } : {}),
                  note: b.discrepancy.note,
                },
              }
            : {}),
        })),
        ...(data.note ? { note: data.note } : {}),
      };
    }),
  };
}

function events(story: Story, absolute: Absolute): Output<'events'> {
  return {
    events: story.events.map((event) => {
      const { when } = event;
      return {
        id: event.id,
        url: absolute(eventPath(story, event)),
        headline: event.headline,
        summary: event.summary,
        category: event.category,
        when: {
          date: toIso(when.date),
          precision: when.date.precision,
          ...(when.part ? { part: when.part } : {}),
          ...(when.end ? { end: toIso(when.end) } : {}),
          ...(when.endPart ? { endPart: when.endPart } : {}),
          approximate: when.approximate,
          ...(when.derivedFrom
            ? {
                derivedFrom: {
                  article: when.derivedFrom.article,
                  phrase: when.derivedFrom.phrase,
                  ...(when.derivedFrom.relativeTo ? { relativeTo: when.derivedFrom.relativeTo } : {}),
                },
              }
            : {}),
          ...(when.basis ? { basis: when.basis } : {}),
        },
        involved: event.involved.map((entity) => entity.id),
        citations: event.citations.map((citation) => ({
          article: citation.article.id,
          quote: citation.quote,
          url: absolute(`${articlePath(citation.article.id)}#${citation.fragment}`),
        })),
      };
    }),
  };
}

const BUILDERS: { [N in OpenDataName]: (story: Story, absolute: Absolute) => Output<N> } = {
  articles,
  entities,
  claims,
  figures,
  events,
};

export function buildOpenData<N extends OpenDataName>(name: N, story: Story, absolute: Absolute): Output<N> {
  return BUILDERS[name](story, absolute);
}
