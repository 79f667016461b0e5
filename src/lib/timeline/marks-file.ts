/**
 * The format of `/timeline/marks.json`, which the enhanced chart fetches: the marks as columns,
 * with the ids they share (entities, publishers, articles, list pages) written once and referred
 * to by number, and what a mark's other fields determine (its kind, precision and link) left out.
 *
 * Every reader of the chart downloads every mark, so the file is the part of the timeline that
 * grows with the story. As an array of mark objects it was 42.5 MB (2.68 MB gzip) at 10,000
 * articles; as columns it is less than half that (README, "Scale").
 */
import { isSingleDay, markAnchor, type TimelineMark } from './mark.ts';

export interface MarksFile {
  /** The values the `*Refs` columns and `page` point into. */
  entities: string[];
  publishers: string[];
  articles: string[];
  /** Paths of the list pages the marks' entries are on; "" is the chart's own page. */
  pages: string[];
  /** One item per mark from here on, in the marks' order. */
  id: string[];
  category: TimelineMark['category'][];
  label: string[];
  dateText: string[];
  title: string[];
  start: number[];
  end: number[];
  /** 1 for an approximate date, 0 otherwise. */
  approximate: number[];
  /** Index into `pages`. */
  page: number[];
  entityRefs: number[][];
  publisherRefs: number[][];
  articleRefs: number[][];
}

/** Numbers values as they first appear. */
class Dictionary {
  readonly values: string[] = [];
  readonly #index = new Map<string, number>();

  ref(value: string): number {
    let index = this.#index.get(value);
    if (index === undefined) {
      index = this.values.push(value) - 1;
      this.#index.set(value, index);
    }
    return index;
  }
}

const kindOf = (category: TimelineMark['category']): TimelineMark['kind'] =>
  category === 'publication' ? 'publication' : 'event';

/** Where a mark links: its list entry, on its page. */
const hrefOf = (page: string, mark: Pick<TimelineMark, 'kind' | 'id'>): string => `${page}#${markAnchor(mark)}`;

/**
 * The file for `marks`. A mark whose left-out fields are not what the others determine would come
 * back different from the browser's decoding, so it stops the build instead.
 */
export function encodeMarks(marks: readonly TimelineMark[]): MarksFile {
  const entities = new Dictionary();
  const publishers = new Dictionary();
  const articles = new Dictionary();
  const pages = new Dictionary();
  pages.ref('');
  const file: MarksFile = {
    entities: entities.values,
    publishers: publishers.values,
    articles: articles.values,
    pages: pages.values,
    id: [],
    category: [],
    label: [],
    dateText: [],
    title: [],
    start: [],
    end: [],
    approximate: [],
    page: [],
    entityRefs: [],
    publisherRefs: [],
    articleRefs: [],
  };
  for (const mark of marks) {
    const anchor = `#${markAnchor(mark)}`;
    const derived = [
      ['kind', mark.kind, kindOf(mark.category)],
      ['precision', mark.precision, isSingleDay(mark.start, mark.end) ? 'day' : 'period'],
      ['href', mark.href.endsWith(anchor), true],
    ] as const;
    for (const [field, actual, expected] of derived) {
      if (actual !== expected) throw new Error(`Timeline mark ${mark.id}: unexpected ${field} (${mark[field]})`);
    }
    const page = mark.href.slice(0, -anchor.length);
    file.id.push(mark.id);
    file.category.push(mark.category);
    file.label.push(mark.label);
    file.dateText.push(mark.dateText);
    file.title.push(mark.title);
    file.start.push(mark.start);
    file.end.push(mark.end);
    file.approximate.push(mark.approximate ? 1 : 0);
    file.page.push(pages.ref(page));
    file.entityRefs.push(mark.entities.map((id) => entities.ref(id)));
    file.publisherRefs.push(mark.publishers.map((id) => publishers.ref(id)));
    file.articleRefs.push(mark.articles.map((id) => articles.ref(id)));
  }
  return file;
}

/** The marks back from the file, as `encodeMarks` was given them. */
export function decodeMarks(file: MarksFile): TimelineMark[] {
  const lookUp = (values: string[]) => (refs: number[]) => refs.map((ref) => values[ref]!);
  const entities = lookUp(file.entities);
  const publishers = lookUp(file.publishers);
  const articles = lookUp(file.articles);
  return file.id.map((id, i): TimelineMark => {
    const category = file.category[i]!;
    const kind = kindOf(category);
    const start = file.start[i]!;
    const end = file.end[i]!;
    return {
      id,
      kind,
      category,
      label: file.label[i]!,
      dateText: file.dateText[i]!,
      title: file.title[i]!,
      start,
      end,
      precision: isSingleDay(start, end) ? 'day' : 'period',
      approximate: file.approximate[i] === 1,
      href: hrefOf(file.pages[file.page[i]!]!, { kind, id }),
      entities: entities(file.entityRefs[i]!),
      publishers: publishers(file.publisherRefs[i]!),
      articles: articles(file.articleRefs[i]!),
    };
  });
}
