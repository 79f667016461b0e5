/**
 * The article files in `content/articles/`, read as plain files (no build needed): how many
 * there are, which capture each comes from, and that their text is the captures' text.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { CAPTURES, classify, splitCapture } from '../../site/capture-chrome.ts';

const root = new URL('../../../', import.meta.url);
const ARTICLES_DIR = new URL('content/articles/', root);
const CAPTURES_DIR = new URL('content/captures/', root);

interface Article {
  file: string;
  slug: string;
  data: Record<string, unknown>;
  /** Paragraphs of the Markdown body, as written (a subheading keeps its "## "). */
  body: string[];
}

function readArticles(): Article[] {
  return readdirSync(ARTICLES_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const source = readFileSync(new URL(name, ARTICLES_DIR), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
      if (!match) throw new Error(`content/articles/${name}: no front matter between --- lines`);
      const data = parseYaml(match[1] ?? '') as Record<string, unknown>;
      const body = (match[2] ?? '')
        .split(/\r?\n\s*\r?\n/)
        .map((paragraph) => paragraph.trim())
        .filter((paragraph) => paragraph !== '');
      return { file: `content/articles/${name}`, slug: name.replace(/\.md$/, ''), data, body };
    });
}

const articles = readArticles();
const captureFiles = readdirSync(CAPTURES_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const captureOf = (a: Article) => a.data['capture'] as { file: string; part?: number };

describe('content/articles', () => {
  it('has six articles', () => {
    expect(articles.map((a) => a.slug)).toHaveLength(6);
  });

  it('references every capture in content/captures/', () => {
    const referenced = new Set(articles.map((a) => captureOf(a).file));
    expect(captureFiles.filter((file) => !referenced.has(file))).toEqual([]);
    expect(captureFiles.length).toBeGreaterThan(0);
  });

  it('splits capture 003 into parts 1 and 2', () => {
    const parts = articles
      .filter((a) => captureOf(a).file.startsWith('003_'))
      .map((a) => captureOf(a).part)
      .sort();
    expect(parts).toEqual([1, 2]);
  });

  it('has exactly one headline written by the editor', () => {
    expect(articles.filter((a) => a.data['headlineBy'] === 'editor').map((a) => a.slug)).toHaveLength(1);
  });

  it('matches the capture map in tests/site/capture-chrome.ts', () => {
    const fromArticles = articles.map((a) => `${captureOf(a).file}#${captureOf(a).part ?? ''} → ${a.slug}`).sort();
    const fromMap = CAPTURES.flatMap((c) => c.parts.map((p) => `${c.file}#${p.part ?? ''} → ${p.slug}`)).sort();
    expect(fromArticles).toEqual(fromMap);
  });
});

// The same promise as tests/site/fidelity.test.ts, checked on the sources, byte for byte.
describe('article sources hold their capture word for word', () => {
  for (const capture of CAPTURES) {
    const source = readFileSync(new URL(capture.file, CAPTURES_DIR), 'utf8');
    const parts = splitCapture(source, capture);
    capture.parts.forEach((part, index) => {
      const article = articles.find((a) => a.slug === part.slug);
      const paragraphs = classify(parts[index] ?? [], capture.chrome);
      const text = paragraphs.filter((p) => !p.chrome);

      describe(`content/articles/${part.slug}.md`, () => {
        it('exists', () => expect(article).toBeDefined());
        if (!article) return;

        const captions = (article.data['captions'] as { text: string }[] | undefined) ?? [];
        const inFrontMatter = new Set(
          [
            article.data['headline'],
            article.data['standfirst'],
            article.data['translatorNote'],
            ...captions.map((c) => c.text),
          ].filter((value): value is string => typeof value === 'string'),
        );
        const body = article.body.map((paragraph) => paragraph.replace(/^##\s+/, ''));

        it('has every non-chrome paragraph of the capture, in its body or front matter', () => {
          const missing = text
            .filter((p) => !inFrontMatter.has(p.text) && !body.includes(p.text))
            .map((p) => `${capture.file}:${p.line}: "${p.text.slice(0, 90)}"`);
          expect(missing).toEqual([]);
        });

        it('has nothing in its body that is not in the capture, and keeps the capture’s order', () => {
          const order = text.map((p) => p.text);
          expect(body.filter((paragraph) => !order.includes(paragraph))).toEqual([]);
          const positions = body.map((paragraph) => order.indexOf(paragraph));
          expect(positions).toEqual([...positions].sort((a, b) => a - b));
        });

        it('keeps page chrome out of its body', () => {
          const chrome = new Set(capture.chrome.map((c) => c.text));
          expect(
            body.filter((paragraph) => chrome.has(paragraph) || chrome.has(paragraph.replace(/^\d+[.)]\s+/, ''))),
          ).toEqual([]);
        });

        it('marks the capture’s subheadings, and only those, as "## " headings', () => {
          const headings = article.body.filter((paragraph) => paragraph.startsWith('#'));
          expect(headings).toEqual((part.subheadings ?? []).map((h) => `## ${h}`));
        });

        it('places each inline caption after a paragraph that starts with its "after" text', () => {
          for (const caption of captions as { text: string; after?: string }[]) {
            if (caption.after === undefined) continue;
            expect(
              body.some((paragraph) => paragraph.startsWith(caption.after as string)),
              `after: "${caption.after}"`,
            ).toBe(true);
          }
        });
      });
    });
  }
});
