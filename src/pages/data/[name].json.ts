/**
 * The open data files: `/data/articles.json`, `entities.json`, `claims.json`, `figures.json`,
 * `events.json`.
 * Each record is parsed through its documented shape before it is written, so the file and its
 * documentation (`/data/`, `/data/<name>.schema.json`) cannot drift apart.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory } from '../../data/story.ts';
import { buildOpenData } from '../../lib/open-data/build-open-data.ts';
import { JoinedOnceResponse, jsonStream } from '../../lib/open-data/json-stream.ts';
import { OPEN_DATA, type OpenDataName } from '../../lib/open-data/shapes.ts';

export const getStaticPaths = (() =>
  Object.keys(OPEN_DATA).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const name = params['name'] as OpenDataName;
  const story = await loadStory();
  const absolute = (path: string) => new URL(path, site).href;
  // Compact: indenting made the files a fifth larger (entities.json: 185 KB against 155 KB);
  // browsers and `jq` lay JSON out for reading anyway.
  return new JoinedOnceResponse(jsonStream(OPEN_DATA[name], buildOpenData(name, story, absolute)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
