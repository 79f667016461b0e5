/**
 * Fidelity: no sentence of a source capture is lost on the way to the site.
 *
 * For every capture in `content/captures/`, every paragraph that is not page chrome (see
 * `capture-chrome.ts`) must appear word for word in the visible text of the built page of its
 * article, `dist/articles/<slug>/index.html`. Run after the build.
 *
 * Both sides are normalised in the same few ways only, to absorb typography that may differ
 * between a capture and its page: runs of white space, curly and straight quotes, dashes
 * ("--", "---", en and em dashes) and the ellipsis. Nothing else: a changed word, a fixed typo
 * or a dropped sentence fails.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { CAPTURES, classify, splitCapture, type ClassifiedParagraph, type ChromeLine } from './capture-chrome.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const root = new URL('../../', import.meta.url);
const CAPTURES_DIR = new URL('content/captures/', root);
const ARTICLES_DIR = new URL('content/articles/', root);
const DIST = new URL('dist/', root);

/** The only differences allowed between a capture and the page. Applied to both sides. */
export function normalise(text: string): string {
  return text
    .replace(/[‘’′]/g, "'")
    .replace(/[“”″]/g, '"')
    .replace(/…/g, '...')
    .replace(/---|--|[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Visible text of a built page, with a real HTML parser.

/** Not rendered as text in the page. */
const INVISIBLE = new Set(['head', 'script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object']);

/** Elements that start a new line of text, so text from two blocks never runs together. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function isHidden(element: Element): boolean {
  return INVISIBLE.has(element.tagName) || element.attrs.some((a) => a.name === 'hidden');
}

function collectText(node: Node, out: string[]): void {
  if (node.nodeName === '#text') {
    out.push((node as DefaultTreeAdapterTypes.TextNode).value);
    return;
  }
  if (isElement(node) && isHidden(node)) return;
  const block = isElement(node) && BLOCKS.has(node.tagName);
  if (block) out.push('\n');
  if ('childNodes' in node) for (const child of node.childNodes) collectText(child, out);
  if (block) out.push('\n');
}

/** The visible text under `node`: one normalised line per block of text. */
function visibleLines(node: Node): string[] {
  const out: string[] = [];
  collectText(node, out);
  return out
    .join('')
    .split('\n')
    .map(normalise)
    .filter((line) => line !== '');
}

/** The text of an element as one normalised string (its blocks joined by a space). */
function elementText(element: Element): string {
  return visibleLines(element).join(' ');
}

/**
 * Whether an element's text is `target` as a whole: exactly, or with only decoration around it
 * that holds no letter or digit (a "¶" paragraph link, a "#" heading anchor).
 */
function isWhole(text: string, target: string): boolean {
  if (target === '' || !text.includes(target)) return false;
  return !/[\p{L}\p{N}]/u.test(text.replace(target, ''));
}

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) {
    if (isHidden(node)) return;
    yield node;
  }
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
}

function ancestors(element: Element): Node[] {
  const chain: Node[] = [];
  let node: Node | null = element;
  while (node) {
    chain.unshift(node);
    node = 'parentNode' in node ? node.parentNode : null;
  }
  return chain;
}

/** The deepest element containing all of `found`. */
function lowestCommonAncestor(found: Element[]): Node {
  const chains = found.map(ancestors);
  let common: Node | undefined;
  for (let depth = 0; ; depth += 1) {
    const node = chains[0]?.[depth];
    if (!node || !chains.every((chain) => chain[depth] === node)) break;
    common = node;
  }
  if (!common) throw new Error('elements share no ancestor');
  return common;
}

// ---------------------------------------------------------------------------------------------
// Sources.

interface ArticleSource {
  slug: string;
  frontMatter: Record<string, unknown>;
}

function readArticle(slug: string): ArticleSource | undefined {
  const file = new URL(`${slug}.md`, ARTICLES_DIR);
  if (!existsSync(file)) return undefined;
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(readFileSync(file, 'utf8'));
  return { slug, frontMatter: (parseYaml(match?.[1] ?? '') ?? {}) as Record<string, unknown> };
}

/** Article text that the front matter carries (headline, standfirst, captions, note), not the body. */
function frontMatterTexts(frontMatter: Record<string, unknown>): Set<string> {
  const texts = new Set<string>();
  for (const key of ['headline', 'standfirst', 'translatorNote']) {
    const value = frontMatter[key];
    if (typeof value === 'string') texts.add(value.trim());
  }
  const captions = frontMatter['captions'];
  if (Array.isArray(captions)) {
    for (const caption of captions as { text?: unknown }[])
      if (typeof caption.text === 'string') texts.add(caption.text.trim());
  }
  return texts;
}

/** The forms a chrome line could take as a standalone element: as printed, and without a list number. */
function chromeForms(chrome: ChromeLine): string[] {
  const forms = [normalise(chrome.text)];
  const unnumbered = chrome.text.replace(/^\d+[.)]\s+/, '');
  if (unnumbered !== chrome.text) forms.push(normalise(unnumbered));
  return forms;
}

const where = (file: string, p: { line: number; text: string }) =>
  `${file}:${p.line}: "${p.text.length > 90 ? `${p.text.slice(0, 90)}…` : p.text}"`;

// ---------------------------------------------------------------------------------------------

describe('capture fidelity: every paragraph of every capture is on its built article page', () => {
  it('knows every capture in content/captures/', () => {
    const onDisk = readdirSync(CAPTURES_DIR)
      .filter((name) => name.endsWith('.txt'))
      .sort();
    expect(onDisk.length).toBeGreaterThan(0);
    expect(CAPTURES.map((c) => c.file).sort()).toEqual(onDisk);
  });

  for (const capture of CAPTURES) {
    describe(capture.file, () => {
      const captureFile = new URL(capture.file, CAPTURES_DIR);
      const source = existsSync(captureFile) ? readFileSync(captureFile, 'utf8') : '';
      const parts = source ? splitCapture(source, capture) : [];

      it('has every listed chrome line, so the list is not stale', () => {
        expect(source, `missing content/captures/${capture.file}`).not.toBe('');
        const lines = source.split(/\r?\n/).map((line) => line.trim());
        const stale = capture.chrome
          .filter((c) => lines.filter((line) => line === c.text).length <= (c.keepFirst ?? 0))
          .map((c) => `"${c.text}" (${c.reason})`);
        expect(stale, 'chrome lines that the capture does not hold (more often than keepFirst)').toEqual([]);
      });

      it('contributes at least 5 checked paragraphs per capture (the test is not vacuous)', () => {
        const checked = parts.flatMap((paragraphs) => classify(paragraphs, capture.chrome)).filter((p) => !p.chrome);
        expect(checked.length).toBeGreaterThanOrEqual(5);
      });

      capture.parts.forEach((part, index) => {
        const label = `${part.part ? `part ${part.part} → ` : ''}dist/articles/${part.slug}/index.html`;
        const page = new URL(`articles/${part.slug}/index.html`, DIST);

        describe(label, () => {
          const paragraphs: ClassifiedParagraph[] = classify(parts[index] ?? [], capture.chrome);
          const text = paragraphs.filter((p) => !p.chrome);
          const html = existsSync(page) ? readFileSync(page, 'utf8') : undefined;
          const document = html === undefined ? undefined : parse(html);
          const lines = document ? visibleLines(document) : [];
          const pageText = lines.join('\n');

          it('is built', () => {
            expect(html, `${page.pathname} does not exist: build the site first (npm run build)`).toBeDefined();
          });

          it('checks at least 5 paragraphs of this article', () => {
            expect(text.length).toBeGreaterThanOrEqual(5);
          });

          it('shows every paragraph of the article word for word', () => {
            const missing = text
              .filter((p) => !pageText.includes(normalise(p.text)))
              .map((p) => where(capture.file, p));
            expect(missing, `paragraphs missing from ${label}:\n  ${missing.join('\n  ')}\n`).toEqual([]);
          });

          it('shows the capture’s subheadings as headings', () => {
            expect(document, `${label} is not built`).toBeDefined();
            if (!document) return;
            const headings = [...elements(document)].filter((e) => /^h[2-6]$/.test(e.tagName)).map(elementText);
            const missing = (part.subheadings ?? []).filter(
              (h) => !headings.some((text) => isWhole(text, normalise(h))),
            );
            expect(
              missing,
              `subheadings of ${capture.file} that are not headings on ${label}: ${missing.join(' | ')}\n`,
            ).toEqual([]);
          });

          it('does not show the page chrome as paragraphs of the article body', () => {
            expect(document, `${label} is not built`).toBeDefined();
            if (!document) return;
            const article = readArticle(part.slug);
            expect(article, `content/articles/${part.slug}.md does not exist`).toBeDefined();
            if (!article) return;

            // The article body: the deepest element holding every body paragraph found whole.
            const inFrontMatter = frontMatterTexts(article.frontMatter);
            const bodyParagraphs = text.filter((p) => !inFrontMatter.has(p.text)).map((p) => normalise(p.text));
            const wanted = new Set(bodyParagraphs);
            const found: Element[] = [];
            for (const element of elements(document)) {
              if (wanted.size === 0) break;
              const own = elementText(element);
              const paragraph = [...wanted].find((p) => isWhole(own, p));
              if (paragraph !== undefined) {
                wanted.delete(paragraph);
                found.push(element);
              }
            }
            expect(
              found.length,
              `could not locate the article body: only ${found.length} of ${bodyParagraphs.length} body paragraphs are whole elements`,
            ).toBeGreaterThanOrEqual(Math.min(2, bodyParagraphs.length));
            const body = lowestCommonAncestor(found);
            const bodyElements = [...elements(body)].filter((element) => element !== body);

            const problems: string[] = [];
            for (const chrome of new Set(paragraphs.filter((p) => p.chrome).map((p) => p.chrome as ChromeLine))) {
              const forms = chromeForms(chrome);
              const matches = bodyElements.filter((element) =>
                forms.some((form) => isWhole(elementText(element), form)),
              );
              // Count only innermost matches: <p><span>TT</span></p> is one paragraph, not two.
              const standalone = matches.filter(
                (element) => !matches.some((other) => other !== element && ancestors(other).includes(element)),
              );
              const allowed = chrome.keepFirst ?? 0;
              if (standalone.length > allowed) {
                const lineNumbers = paragraphs.filter((p) => p.text === chrome.text).map((p) => p.line);
                problems.push(
                  `${capture.file}:${lineNumbers.join(',')}: "${chrome.text}" (${chrome.reason}) stands alone ${standalone.length} time(s) in the article body; allowed ${allowed}`,
                );
              }
            }
            expect(problems, `page chrome in the body of ${label}:\n  ${problems.join('\n  ')}\n`).toEqual([]);
          });
        });
      });
    });
  }
});

describe('normalise', () => {
  it('absorbs only white space, quotes, dashes and the ellipsis', () => {
    expect(normalise('  “It’s”  \n ‘so’ – ″x″ — y -- z --- w …  ')).toBe(`"It's" 'so' - "x" - y - z - w ...`);
    expect(normalise('tis close')).not.toBe(normalise("'tis close"));
    expect(normalise('have been in killed')).not.toBe(normalise('have been killed'));
  });
});
