/** The raw captures, served as they were captured: the provenance of every article. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory } from '../../data/story.ts';

// Vite reads the files relative to this module, wherever the project is built from.
const captures = import.meta.glob<string>('../../../content/captures/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const textOf = new Map(Object.entries(captures).map(([path, text]) => [path.split('/').at(-1)!, text]));

export const getStaticPaths = (async () => {
  const { articles } = await loadStory();
  const files = new Set(articles.map((a) => a.data.capture.file));
  return [...files].map((file) => ({ params: { file }, props: { text: textOf.get(file)! } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(props['text'] as string, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
