/**
 * Every word search can find, most frequent first: the search page fetches it only when a
 * search finds nothing, to suggest the closest spelling. Entity spellings are included, so a
 * misspelt alias ("Lavrentyv") is corrected to one search knows ("Lavrentyev").
 */
import type { APIRoute } from 'astro';
import { loadStory } from '../../data/story.ts';
import { indexedText } from '../../lib/search/indexed-text.ts';
import { vocabulary } from '../../lib/search/vocabulary.ts';

export const GET: APIRoute = async () => {
  const story = await loadStory();
  const texts = [
    ...story.articles.map(indexedText),
    ...[...story.entities.values()].flatMap((entity) => [entity.data.name, ...entity.data.aliases]),
  ];
  return new Response(JSON.stringify(vocabulary(texts)), { headers: { 'Content-Type': 'application/json' } });
};
