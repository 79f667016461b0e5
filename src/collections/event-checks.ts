/**
 * Cross-checks of timeline events against the articles and entities, and their resolution
 * into what pages show. Called once from `data/story.ts` `loadStory()`; every problem stops
 * the build with the event file, the field (`citations.1.quote`) and what was expected.
 */
import type { CalendarDate } from '../lib/dates/calendar-date.ts';
import {
  eventExtent,
  extentContains,
  formatEventDate,
  periodExtent,
  compareEventDates,
  type EventWhen,
  type Extent,
} from '../lib/dates/event-date.ts';
import { formatPublishedDate, type PublishedDate } from '../lib/dates/published-date.ts';
import { daysBetween, resolveRelativeDate } from '../lib/dates/relative-date.ts';
import { renderedBlocksOf, type RenderedBlock } from '../lib/markdown/rendered-blocks.ts';
import { findNormalizedIn, prepareText, type PreparedText } from '../lib/text/find-printed-quote.ts';
import { describeMismatch } from '../lib/text/locate-quote.ts';
import { normalizeForComparison } from '../lib/text/normalize.ts';
import { missingFile } from '../lib/story/content-index.ts';
import { textFragmentDirective } from '../lib/text/text-fragment.ts';
import type { EventCategory } from '../lib/timeline/categories.ts';
import { ContentError, type FieldProblem } from './content-error.ts';
import type { EventFrontmatter } from './event-schema.ts';

/** What the checks need of an article (a subset of its collection entry). */
export interface CitableArticle {
  id: string;
  filePath?: string | undefined;
  data: {
    headline: string;
    published: PublishedDate;
    standfirst?: string | undefined;
    captions?: { text: string; after?: string | undefined }[] | undefined;
  };
  /** What the render recorded (`rendered-blocks.ts`). */
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}

export interface InvolvedEntity {
  id: string;
  data: { name: string; kind: 'person' | 'organisation' | 'place' };
}

export interface EventEntry {
  id: string;
  filePath?: string | undefined;
  data: EventFrontmatter;
}

export interface EventCitation<A extends CitableArticle = CitableArticle> {
  article: A;
  /** The quote as the editor wrote it. */
  quote: string;
  /** The same words as the article's page prints them. */
  printed: string;
  /** Fragment to append to the article's address: `p-id:~:text=...` (lands on the paragraph, highlights the words). */
  fragment: string;
}

export interface TimelineEvent<A extends CitableArticle = CitableArticle, E extends InvolvedEntity = InvolvedEntity> {
  id: string;
  file: string;
  headline: string;
  label: string;
  summary: string;
  category: EventCategory;
  when: EventWhen;
  extent: Extent;
  involved: E[];
  citations: EventCitation<A>[];
  /** For a derived date: the phrase's meaning, in words, for readers ("last Thursday" → 14 November 2024). */
  derivation?: { article: A; phrase: string; relativeTo?: string | undefined; reference: string } | undefined;
}

interface Searchable {
  blocks: RenderedBlock[];
  pageText: string;
  /** Each block normalized for quote finding, made on first use: every citation of the article searches the same blocks. */
  prepared: (PreparedText | undefined)[];
}

function searchableText(article: CitableArticle): Searchable {
  if (!article.rendered)
    throw new ContentError(article.filePath ?? article.id, [
      { field: '', expected: 'an article that renders to HTML' },
    ]);
  // What the page prints outside the body: standfirst and lead captions, as written.
  const frontmatter: RenderedBlock[] = [
    ...(article.data.standfirst
      ? [{ anchor: undefined, kind: 'paragraph' as const, text: article.data.standfirst }]
      : []),
    ...(article.data.captions ?? [])
      .filter((caption) => !caption.after)
      .map((caption) => ({ anchor: undefined, kind: 'caption' as const, text: caption.text })),
  ];
  const blocks = [...frontmatter, ...renderedBlocksOf(article)];
  return { blocks, pageText: blocks.map((b) => b.text).join('\n'), prepared: [] };
}

const WORD = /[\p{L}\p{N}]/u;

function citationOf(article: CitableArticle, text: Searchable, quote: string): EventCitation | { expected: string } {
  const needle = normalizeForComparison(quote);
  for (const [index, block] of text.blocks.entries()) {
    const prepared = (text.prepared[index] ??= prepareText(block.text));
    const match = findNormalizedIn(prepared, needle);
    if (!match) continue;
    // The match's offsets are into the block's NFC form, which the prepared text holds.
    const before = prepared.source[match.start - 1];
    const after = prepared.source[match.end];
    if (
      (before && WORD.test(before) && WORD.test(match.text[0]!)) ||
      (after && WORD.test(after) && WORD.test(match.text.at(-1)!))
    ) {
      return {
        expected: `a quote that starts and ends on whole words, but "${quote}" cuts a word of the article ("${match.text}")`,
      };
    }
    const directive = textFragmentDirective(match.text, text.pageText);
    return { article, quote, printed: match.text, fragment: `${block.anchor ?? ''}${directive}` };
  }
  // Where it stops matching, as the claims' checks say it: the editor sees the typo.
  const mismatch = describeMismatch(
    text.blocks.map((block) => ({ id: block.anchor ?? '', text: block.text })),
    quote,
  );
  return {
    expected: `words found word for word in one paragraph of ${article.filePath ?? article.id} (only typography may differ), but they are not there: ${mismatch}`,
  };
}

/** The days an article may have been published on. */
function publicationDays(published: PublishedDate): CalendarDate[] {
  if (published.earliest && published.latest) return daysBetween(published.earliest, published.latest);
  return extentDays(periodExtent(published.date, published.part));
}

function extentDays(extent: Extent): CalendarDate[] {
  const last = new Date(extent.end.getTime() - 86_400_000);
  const day = (d: Date): CalendarDate => ({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    precision: 'day',
  });
  return daysBetween(day(extent.start), day(last));
}

interface Context {
  articles: Map<string, CitableArticle>;
  entities: Map<string, InvolvedEntity>;
  entries: Map<string, EventEntry>;
}

function list(ids: Iterable<string>): string {
  return [...ids].join(', ');
}

function checkDerivation(
  entry: EventEntry,
  when: EventWhen,
  context: Context,
): { problem?: FieldProblem; reference?: string } {
  const derived = entry.data.when.derivedFrom;
  if (!derived) return {};
  const { article: articleRef, phrase, relativeTo } = derived;
  const cited = entry.data.citations.map((c, index) => ({ ...c, index })).filter((c) => c.article.id === articleRef.id);
  if (cited.length === 0) {
    return {
      problem: {
        field: 'when.derivedFrom.article',
        expected: `one of the articles this event cites (${list(new Set(entry.data.citations.map((c) => c.article.id)))}), got "${articleRef.id}"`,
      },
    };
  }
  if (
    !cited.some((c) =>
      normalizeForComparison(c.quote).toLowerCase().includes(normalizeForComparison(phrase).toLowerCase()),
    )
  ) {
    return {
      problem: {
        field: 'when.derivedFrom.phrase',
        expected: `words from this event's quote of ${articleRef.id}, but "${phrase}" is not in it`,
      },
    };
  }
  let days: CalendarDate[];
  let reference: string;
  if (relativeTo) {
    const anchor = context.entries.get(relativeTo);
    if (!anchor)
      return {
        problem: {
          field: 'when.derivedFrom.relativeTo',
          expected: missingFile('content/events/', relativeTo, '.yaml', context.entries.keys()),
        },
      };
    if (anchor.id === entry.id)
      return { problem: { field: 'when.derivedFrom.relativeTo', expected: 'another event, not this one' } };
    days = extentDays(eventExtent(anchor.data.when));
    reference = `${formatEventDate(anchor.data.when)}, the date of "${anchor.data.headline}"`;
  } else {
    const article = context.articles.get(articleRef.id)!;
    days = publicationDays(article.data.published);
    reference = `${formatPublishedDate(article.data.published)}, when the article was published`;
  }
  const meanings: { words: string; extent: Extent }[] = [];
  for (const day of days) {
    const resolved = resolveRelativeDate(phrase, day);
    if ('error' in resolved)
      return {
        problem: { field: 'when.derivedFrom.phrase', expected: `a phrase that dates the event, but ${resolved.error}` },
      };
    const meaning = { ...resolved, approximate: false };
    meanings.push({ words: formatEventDate(meaning), extent: eventExtent(meaning) });
  }
  const extent = eventExtent(when);
  if (meanings.some((meaning) => !extentContains(extent, meaning.extent))) {
    const distinct = [...new Set(meanings.map((m) => m.words))];
    const meaning = distinct.length === 1 ? distinct[0] : `${distinct.join(' or ')}, depending on the day`;
    return {
      problem: {
        field: 'when.date',
        expected: `a date that covers what "${phrase}" means counted from ${reference}: ${meaning}; but the event's date is ${formatEventDate(when)}`,
      },
    };
  }
  return { reference };
}

/** A citation's quote found in its article, what is wrong with it, or the article's own error. */
type Located = EventCitation | { expected: string } | { thrown: unknown };

/**
 * Every citation's quote located in its article, by event and citation (none for an article
 * that is not there), one article at a time: its text is prepared for searching once for all the
 * events that cite it, then let go. Kept for every article until the last event, the prepared
 * texts took the build's heap from 1.2 to 2.2 GiB at 10,000 articles.
 */
function locateCitations(entries: EventEntry[], articles: Map<string, CitableArticle>): Located[][] {
  const located: Located[][] = entries.map(() => []);
  const byArticle = new Map<string, { entry: number; citation: number; quote: string }[]>();
  entries.forEach(({ data }, entry) =>
    data.citations.forEach(({ article: { id }, quote }, citation) => {
      if (!articles.has(id)) return;
      const citing = byArticle.get(id);
      if (citing) citing.push({ entry, citation, quote });
      else byArticle.set(id, [{ entry, citation, quote }]);
    }),
  );
  for (const [id, citing] of byArticle) {
    const article = articles.get(id)!;
    let text: Searchable | undefined;
    let thrown: unknown;
    try {
      text = searchableText(article);
    } catch (error) {
      thrown = error;
    }
    for (const { entry, citation, quote } of citing)
      located[entry]![citation] = text ? citationOf(article, text, quote) : { thrown };
  }
  return located;
}

/**
 * Checks every event and resolves it for the pages: chronological, citations located, entities
 * looked up. Throws a ContentError naming the event file on the first event with problems.
 */
export function resolveEvents<A extends CitableArticle, E extends InvolvedEntity>(
  entries: EventEntry[],
  articles: Map<string, A>,
  entities: Map<string, E>,
): TimelineEvent<A, E>[] {
  const context: Context = {
    articles,
    entities,
    entries: new Map(entries.map((e) => [e.id, e])),
  };
  const located = locateCitations(entries, articles);
  const resolved = entries.map((entry, entryIndex): TimelineEvent<A, E> => {
    const file = entry.filePath ?? entry.id;
    const problems: FieldProblem[] = [];
    const { data } = entry;
    const citations: EventCitation<A>[] = [];
    data.citations.forEach(({ article: ref }, index) => {
      const article = articles.get(ref.id);
      if (!article) {
        problems.push({
          field: `citations.${index}.article`,
          // Named, not listed: a story of thousands of articles would fill the screen.
          expected: missingFile('content/articles/', ref.id, '.md', articles.keys()),
        });
        return;
      }
      const citation = located[entryIndex]![index]!;
      if ('thrown' in citation) throw citation.thrown;
      if ('expected' in citation) problems.push({ field: `citations.${index}.quote`, expected: citation.expected });
      else citations.push(citation as EventCitation<A>);
    });
    const involved: E[] = [];
    data.involved.forEach(({ id }, index) => {
      const entity = entities.get(id);
      if (entity) involved.push(entity);
      else
        problems.push({
          field: `involved.${index}`,
          expected: missingFile('content/entities/', id, '.yaml', entities.keys()),
        });
    });
    const when: EventWhen = {
      ...data.when,
      derivedFrom: data.when.derivedFrom && { ...data.when.derivedFrom, article: data.when.derivedFrom.article.id },
    };
    let derivation: TimelineEvent<A, E>['derivation'];
    if (problems.length === 0) {
      const { problem, reference } = checkDerivation(entry, when, context);
      if (problem) problems.push(problem);
      else if (reference && when.derivedFrom) {
        derivation = {
          article: articles.get(when.derivedFrom.article)!,
          phrase: when.derivedFrom.phrase,
          relativeTo: when.derivedFrom.relativeTo,
          reference,
        };
      }
    }
    if (problems.length > 0) throw new ContentError(file, problems);
    return {
      id: entry.id,
      file,
      headline: data.headline,
      label: data.label,
      summary: data.summary,
      category: data.category,
      when,
      extent: eventExtent(when),
      involved,
      citations,
      derivation,
    };
  });
  return resolved.sort((a, b) => compareEventDates(a.when, b.when) || a.id.localeCompare(b.id));
}
