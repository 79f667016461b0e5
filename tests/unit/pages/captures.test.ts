/**
 * The captures endpoint (src/pages/captures/[file].ts): one page per capture file that an
 * article names, served byte for byte as plain text. `astro:content` is a stand-in naming real
 * files of content/captures/; the built pages are crawled by the link checks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { APIContext } from 'astro';
import { expect, test, vi } from 'vitest';
import { renderedParagraphs } from '../content/rendered-paragraphs.ts';

const CAPTURES = new URL('../../../content/captures/', import.meta.url);
const [first = '', second = ''] = readdirSync(CAPTURES)
  .filter((file) => file.endsWith('.txt'))
  .sort();

const article = (id: string, file: string, part?: number) => ({
  id,
  filePath: `content/articles/${id}.md`,
  body: 'Body.',
  rendered: renderedParagraphs('Body.'),
  data: {
    publisher: { id: 'p', collection: 'publishers' },
    published: { date: { year: 2024, precision: 'year' }, estimate: false },
    capture: { file, ...(part && { part }) },
  },
});

vi.mock('astro:content', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  getCollection: async (name: string) =>
    ({
      publishers: [{ id: 'p', data: { name: 'P' } }],
      // Two articles from parts of one capture: the capture is served once.
      articles: [article('a', first, 1), article('b', first, 2), article('c', second)],
    })[name] ?? [],
}));

const { GET, getStaticPaths } = await import('../../../src/pages/captures/[file].ts');

test('content/captures/ holds at least two captures to serve', () => {
  expect(second).not.toBe('');
});

test('one page per capture file the articles name, each with its text', async () => {
  const paths = await getStaticPaths();
  expect(paths.map((path) => path.params.file)).toEqual([first, second]);
  for (const { params, props } of paths) {
    expect(props.text).toBe(readFileSync(new URL(params.file, CAPTURES), 'utf8'));
  }
});

test('serves the text unchanged, as UTF-8 plain text', async () => {
  const [path] = await getStaticPaths();
  const response = await GET({ props: path!.props, params: path!.params } as unknown as APIContext);
  expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expect(await response.text()).toBe(path!.props.text);
});
