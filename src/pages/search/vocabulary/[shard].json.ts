/**
 * Every word search can find, one file per first letter (`/search/vocabulary/h.json`), most
 * frequent first. The search page fetches a file only when a query word looks like a typo, to
 * suggest the closest word that starts with the same letter; one letter's words are a few
 * hundred bytes, all of them 4 KB. Entity spellings are included, so a misspelt alias
 * ("Lavrentyv") is corrected to one search knows ("Lavrentyev").
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory } from '../../../data/story.ts';
import { indexedText } from '../../../lib/search/indexed-text.ts';
import { vocabularyShards } from '../../../lib/search/vocabulary.ts';

export const getStaticPaths = (async () => {
  const story = await loadStory();
  const texts = [
    ...story.articles.map(indexedText),
    ...[...story.entities.values()].flatMap((entity) => [entity.data.name, ...entity.data.aliases]),
  ];
  return [...vocabularyShards(texts)].map(([shard, words]) => ({ params: { shard }, props: { words } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ words: string[] }> = ({ props }) =>
  new Response(JSON.stringify(props.words), { headers: { 'Content-Type': 'application/json' } });
