/**
 * The chart's marks, for the enhanced chart to fetch: a file of its own rather than JSON inside
 * the page, so the timeline's HTML stays the same size however many events the story holds.
 * Written as columns (`marks-file.ts`): every reader of the chart downloads all of it.
 */
import type { APIRoute } from 'astro';
import { loadStory } from '../../data/story.ts';
import { timelineMarks } from '../../data/timeline.ts';
import { encodeMarks } from '../../lib/timeline/marks-file.ts';

export const GET: APIRoute = async () => {
  const file = encodeMarks(timelineMarks(await loadStory()));
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json' } });
};
