/**
 * Synthetic corpora for the scale benchmark: a temporary copy of the project whose
 * `content/` holds N articles and timeline events in proportion, cloned from the real ones so
 * the text (and so the search index, the mention finder and the quote checks) is realistic.
 *
 * Clone group k (k >= 1) copies each of the six real articles as `<slug>-copy-<k>`, with its
 * headline suffixed, a day date of its own spread over 2011-2024 and a closing paragraph that
 * names the copy, and copies every event whose cited articles are all in the group, with the
 * citations re-pointed to the copies (the quotes still match: the rest of the text is the same).
 * Group 0 is the real content, unchanged.
 * Claims, figures and questions are kept as they are: they are few, hand-made analysis, and
 * cloning them would only add pages that do not grow with the corpus.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { isolateCopy } from '../support/fixture-site.ts';

/** What the copy needs to build: sources, content, static files and the configuration. */
const PROJECT_ENTRIES = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Dates are spread over these years, inclusive; all lie in the past. */
const FIRST_YEAR = 2011;
const LAST_YEAR = 2024;

export interface Corpus {
  /** The temporary project directory. */
  dir: string;
  articles: number;
  events: number;
}

interface Article {
  slug: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

interface Event {
  id: string;
  data: Record<string, unknown> & {
    headline: string;
    label?: string;
    when: Record<string, unknown>;
    citations: { article: string; quote: string }[];
  };
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/;

function readArticles(contentDir: string): Article[] {
  const dir = join(contentDir, 'articles');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const match = FRONTMATTER.exec(readFileSync(join(dir, file), 'utf8'));
      if (!match) throw new Error(`${file}: no front matter`);
      return {
        slug: file.replace(/\.md$/, ''),
        frontmatter: parse(match[1]!) as Record<string, unknown>,
        body: match[2]!,
      };
    });
}

function readEvents(contentDir: string): Event[] {
  const dir = join(contentDir, 'events');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({
      id: file.replace(/\.yaml$/, ''),
      data: parse(readFileSync(join(dir, file), 'utf8')) as Event['data'],
    }));
}

/** A deterministic day between FIRST_YEAR and LAST_YEAR for the n-th clone (same corpus every run). */
function spreadDay(n: number, salt: number): string {
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  const days = Math.floor((Date.UTC(LAST_YEAR, 11, 31) - start) / 86_400_000);
  // A multiplicative hash spreads consecutive clones over the whole span.
  const offset = (Math.imul(n + 1, 2_654_435_761) ^ salt) >>> 0;
  return new Date(start + (offset % (days + 1)) * 86_400_000).toISOString().slice(0, 10);
}

/** Written dates must stay quoted strings: the schema rejects YAML's unquoted dates on purpose. */
const yamlText = (value: unknown) => stringify(value, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 });

/** The paragraph that ends every article of clone group k: it says what the copy is. */
export const copyParagraph = (group: number) =>
  `This is copy ${group} of the article, made for the scale benchmark of this site.`;

function cloneArticle(article: Article, group: number, serial: number): Article {
  const { slug: _slug, ...frontmatter } = article.frontmatter;
  return {
    slug: `${article.slug}-copy-${group}`,
    frontmatter: {
      ...frontmatter,
      headline: `${String(frontmatter['headline'])} (copy ${group})`,
      // A plain day date: an estimate would need its own basis, and the original's no longer applies.
      published: { date: spreadDay(serial, 0x5eed), estimate: false },
    },
    // Texts that differ, as a real story's do. Astro's store file writes a repeated string once,
    // so identical bodies kept the store, and the build's memory, unrealistically small: at 10,000
    // articles the store was 63 MB instead of 153 MB, and Astro's process peaked 1.2 GB lower.
    body: `${article.body.trimEnd()}\n\n${copyParagraph(group)}\n`,
  };
}

function cloneEvent(event: Event, group: number, serial: number, slugs: Map<string, string>): Event {
  const { derivedFrom: _derived, part: _part, end: _end, endPart: _endPart, ...when } = event.data.when;
  return {
    id: `${event.id}-copy-${group}`,
    data: {
      ...event.data,
      // Headline and label kept: they have length limits, and the id and date tell copies apart.
      // A day of its own: the original's date may be derived from its article's date, which the copy does not share.
      when: { ...when, date: spreadDay(serial, 0xe7e7), approximate: false },
      citations: event.data.citations.map((citation) => ({ ...citation, article: slugs.get(citation.article)! })),
    },
  };
}

/**
 * Copies the project at `projectDir` into a new temporary directory and fills its `content/`
 * with `articleCount` articles (at least the six real ones) and events in proportion.
 */
export function makeCorpus(projectDir: string, articleCount: number): Corpus {
  const dir = mkdtempSync(join(tmpdir(), `bench-${articleCount}-`));
  for (const entry of PROJECT_ENTRIES) cpSync(join(projectDir, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(projectDir, 'node_modules'), join(dir, 'node_modules'), 'dir');
  isolateCopy(dir);

  const contentDir = join(dir, 'content');
  const articles = readArticles(contentDir);
  const events = readEvents(contentDir);
  mkdirSync(join(contentDir, 'articles'), { recursive: true });

  let articleTotal = articles.length;
  let eventTotal = events.length;
  for (let group = 1; articleTotal < articleCount; group += 1) {
    const slugs = new Map<string, string>();
    for (const article of articles) {
      if (articleTotal >= articleCount) break;
      const copy = cloneArticle(article, group, articleTotal);
      writeFileSync(
        join(contentDir, 'articles', `${copy.slug}.md`),
        `---\n${yamlText(copy.frontmatter)}---\n${copy.body}`,
      );
      slugs.set(article.slug, copy.slug);
      articleTotal += 1;
    }
    for (const event of events) {
      if (!event.data.citations.every((citation) => slugs.has(citation.article))) continue;
      const copy = cloneEvent(event, group, eventTotal, slugs);
      writeFileSync(join(contentDir, 'events', `${copy.id}.yaml`), yamlText(copy.data));
      eventTotal += 1;
    }
  }
  return { dir, articles: articleTotal, events: eventTotal };
}
