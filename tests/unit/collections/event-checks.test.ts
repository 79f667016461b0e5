import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/collections/content-error.ts';
import {
  resolveEvents,
  type CitableArticle,
  type EventEntry,
  type InvolvedEntity,
} from '../../../src/collections/event-checks.ts';
import type { CalendarDate } from '../../../src/lib/dates/calendar-date.ts';
import { blocksOf } from '../../../src/lib/markdown/rendered-blocks.ts';

/** What the article pipeline records when it renders `html` (rendered-blocks.ts). */
function renderedFrom(html: string): CitableArticle['rendered'] {
  return { metadata: { frontmatter: { renderedBlocks: blocksOf(fromHtml(html, { fragment: true })) } } };
}

const day = (year: number, month: number, d: number): CalendarDate => ({ year, month, day: d, precision: 'day' });

const article: CitableArticle = {
  id: 'visits',
  filePath: 'content/articles/visits.md',
  data: {
    headline: 'Iranian Visits to Damascus',
    published: {
      date: day(2024, 11, 19),
      estimate: true,
      earliest: day(2024, 11, 18),
      latest: day(2024, 11, 20),
      basis: 'x',
    },
    standfirst: 'Nasirzadeh arrived shortly after Larijani left.',
  },
  rendered: renderedFrom(
    '<p id="p-on-sunday">On Sunday, Nasirzadeh met with Syrian President Bashar al-Assad in Damascus.<a class="paragraph-link" href="#p-on-sunday">¶</a></p>' +
      '<p id="p-larijanis-visit">Larijani’s visit to Damascus last Thursday, during which he conveyed a message.<a class="paragraph-link" href="#p-larijanis-visit">¶</a></p>',
  ),
};
const articles = new Map([[article.id, article]]);
const entities = new Map<string, InvolvedEntity>([
  ['assad', { id: 'assad', data: { name: 'Bashar al-Assad', kind: 'person' } }],
]);

function entry(
  id: string,
  overrides: Partial<EventEntry['data']> = {},
  when: Partial<EventEntry['data']['when']> = {},
): EventEntry {
  return {
    id,
    filePath: `content/events/${id}.yaml`,
    data: {
      headline: 'Nasirzadeh meets Assad',
      label: 'Meeting',
      summary: 'They meet.',
      category: 'visit-or-meeting',
      involved: [{ id: 'assad', collection: 'entities' }],
      citations: [
        {
          article: { id: 'visits', collection: 'articles' },
          quote: 'On Sunday, Nasirzadeh met with Syrian President Bashar al-Assad',
        },
      ],
      ...overrides,
      when: {
        date: day(2024, 11, 17),
        approximate: false,
        derivedFrom: { article: { id: 'visits', collection: 'articles' }, phrase: 'On Sunday' },
        ...when,
      },
    },
  };
}

function problems(entries: EventEntry[]): string {
  try {
    resolveEvents(entries, articles, entities);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  return '';
}

describe('resolveEvents', () => {
  it('locates each quote, links its paragraph with a text fragment, and explains a derived date', () => {
    const [event] = resolveEvents([entry('meeting')], articles, entities);
    expect(event!.citations[0]!.fragment).toBe(
      'p-on-sunday:~:text=On%20Sunday%2C%20Nasirzadeh%20met%20with%20Syrian%20President%20Bashar%20al%2DAssad',
    );
    expect(event!.derivation?.reference).toBe('about 18–20 November 2024, when the article was published');
    expect(event!.involved[0]!.data.name).toBe('Bashar al-Assad');
  });

  it('quotes the page as printed, curly apostrophes included, and finds words in the standfirst', () => {
    const [event] = resolveEvents(
      [
        entry(
          'visit',
          {
            citations: [
              {
                article: { id: 'visits', collection: 'articles' },
                quote: "Larijani's visit to Damascus last Thursday",
              },
              { article: { id: 'visits', collection: 'articles' }, quote: 'arrived shortly after Larijani left' },
            ],
          },
          {
            date: day(2024, 11, 14),
            derivedFrom: { article: { id: 'visits', collection: 'articles' }, phrase: 'last Thursday' },
          },
        ),
      ],
      articles,
      entities,
    );
    expect(event!.citations.map((c) => c.printed)).toEqual([
      'Larijani’s visit to Damascus last Thursday',
      'arrived shortly after Larijani left',
    ]);
    expect(event!.citations[1]!.fragment).toBe(':~:text=arrived%20shortly%20after%20Larijani%20left');
  });

  it('gives each event its own citations when events cite the same articles in any order', () => {
    const other: CitableArticle = {
      ...article,
      id: 'other',
      filePath: 'content/articles/other.md',
      rendered: renderedFrom('<p id="p-the-base">The base at Khmeimim was hit twice.</p>'),
    };
    const both = new Map([...articles, [other.id, other]]);
    const cite = (id: string, quote: string) => ({ article: { id, collection: 'articles' as const }, quote });
    // Dated outright, not from a phrase of the article.
    const outright = { derivedFrom: undefined };
    const events = resolveEvents(
      [
        entry('a', { citations: [cite('other', 'hit twice'), cite('visits', 'Nasirzadeh met with Syrian')] }, outright),
        entry('b', { citations: [cite('visits', 'arrived shortly after')] }, outright),
        entry('c', { citations: [cite('other', 'The base at Khmeimim')] }, outright),
      ],
      both,
      entities,
    );
    expect(events.map((event) => [event.id, event.citations.map((c) => [c.article.id, c.printed])])).toEqual([
      [
        'a',
        [
          ['other', 'hit twice'],
          ['visits', 'Nasirzadeh met with Syrian'],
        ],
      ],
      ['b', [['visits', 'arrived shortly after']]],
      ['c', [['other', 'The base at Khmeimim']]],
    ]);
  });

  it('stops at the first event citing an article that has no render, naming the article', () => {
    const unrendered: CitableArticle = { ...article, id: 'draft', filePath: 'content/articles/draft.md' };
    delete (unrendered as { rendered?: unknown }).rendered;
    const cite = { article: { id: 'draft', collection: 'articles' as const }, quote: 'x' };
    let thrown: unknown;
    try {
      resolveEvents(
        [entry('a'), entry('b', { citations: [cite] })],
        new Map([...articles, ['draft', unrendered]]),
        entities,
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as ContentError).message).toContain('content/articles/draft.md');
    expect((thrown as ContentError).message).toContain('an article that renders to HTML');
  });

  it('stops on a citation of a missing article, naming the file it looked for', () => {
    const message = problems([
      entry('a', { citations: [{ article: { id: 'nope', collection: 'articles' }, quote: 'x' }] }),
    ]);
    expect(message).toContain('content/events/a.yaml');
    expect(message).toContain(
      'field "citations.0.article": the name of a file in content/articles/ (without .md), but there is no content/articles/nope.md',
    );
    expect(message).not.toContain('did you mean');
  });

  it('suggests the article a mistyped name most likely meant', () => {
    const message = problems([
      entry('a', { citations: [{ article: { id: 'visist', collection: 'articles' }, quote: 'x' }] }),
    ]);
    expect(message).toContain('there is no content/articles/visist.md; did you mean "visits"?');
  });

  it('stops on a quote that is not word for word in the article, saying where it departs', () => {
    const message = problems([
      entry('a', {
        citations: [
          {
            article: { id: 'visits', collection: 'articles' },
            quote: 'On Sunday, Nasirzadeh met the Syrian President',
          },
        ],
      }),
    ]);
    expect(message).toContain('field "citations.0.quote"');
    expect(message).toContain(
      'the words match up to "…On Sunday, Nasirzadeh met", then the article has " with Syrian President Bashar al-Assad i…" where the quote has " the Syrian President…"',
    );
  });

  it('stops on a quote that cuts a word', () => {
    const message = problems([
      entry('a', { citations: [{ article: { id: 'visits', collection: 'articles' }, quote: 'n Sunday, Nasirzadeh' }] }),
    ]);
    expect(message).toContain('starts and ends on whole words');
  });

  it('stops on an unknown entity', () => {
    expect(problems([entry('a', { involved: [{ id: 'nobody', collection: 'entities' }] })])).toContain(
      'field "involved.0": the name of a file in content/entities/ (without .yaml), but there is no content/entities/nobody.yaml',
    );
  });

  it('stops when a derived date does not match its phrase, giving the meaning', () => {
    const message = problems([entry('a', {}, { date: day(2024, 11, 16) })]);
    expect(message).toContain(
      'field "when.date": a date that covers what "On Sunday" means counted from about 18–20 November 2024',
    );
    expect(message).toContain("17 November 2024; but the event's date is 16 November 2024");
  });

  it('stops when the phrase is not in the quote, or the article is not cited', () => {
    expect(
      problems([
        entry('a', {}, { derivedFrom: { article: { id: 'visits', collection: 'articles' }, phrase: 'last Thursday' } }),
      ]),
    ).toContain('field "when.derivedFrom.phrase": words from this event\'s quote of visits');
    expect(
      problems([
        entry('a', {}, { derivedFrom: { article: { id: 'other', collection: 'articles' }, phrase: 'On Sunday' } }),
      ]),
    ).toContain('field "when.derivedFrom.article": one of the articles this event cites (visits)');
  });

  it('counts "a day later" from another event', () => {
    const later = entry(
      'later',
      { citations: [{ article: { id: 'visits', collection: 'articles' }, quote: 'Larijani’s visit to Damascus' }] },
      {
        date: day(2024, 11, 18),
        derivedFrom: { article: { id: 'visits', collection: 'articles' }, phrase: 'visit', relativeTo: 'meeting' },
      },
    );
    // "visit" is not a date phrase: the resolver says so rather than guess.
    expect(problems([entry('meeting'), later])).toContain('is not a relative date this site can resolve');
    const unknown = entry(
      'x',
      {},
      { derivedFrom: { article: { id: 'visits', collection: 'articles' }, phrase: 'On Sunday', relativeTo: 'nope' } },
    );
    expect(problems([unknown])).toContain(
      'field "when.derivedFrom.relativeTo": the name of a file in content/events/ (without .yaml), but there is no content/events/',
    );
  });

  it('sorts events by date', () => {
    const events = resolveEvents(
      [
        entry('meeting'),
        entry(
          'visit',
          { citations: [{ article: { id: 'visits', collection: 'articles' }, quote: 'last Thursday' }] },
          {
            date: day(2024, 11, 14),
            derivedFrom: { article: { id: 'visits', collection: 'articles' }, phrase: 'last Thursday' },
          },
        ),
      ],
      articles,
      entities,
    );
    expect(events.map((e) => e.id)).toEqual(['visit', 'meeting']);
  });
});
