/**
 * The chart's marks, for the enhanced chart to fetch: a file of its own rather than JSON inside
 * the page, so the timeline's HTML stays the same size however many events the story holds.
 */
import type { APIRoute } from 'astro';
import { loadStory } from '../../data/story.ts';
import { timelineMarks } from '../../data/timeline.ts';

export const GET: APIRoute = async () => {
  const marks = timelineMarks(await loadStory());
  return new Response(JSON.stringify(marks), { headers: { 'Content-Type': 'application/json' } });
};
