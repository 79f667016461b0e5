/** The JSON Schema of each open data file, from the same zod shape the file is checked against. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { OPEN_DATA, type OpenDataName } from '../../lib/open-data/shapes.ts';

export const getStaticPaths = (() =>
  Object.keys(OPEN_DATA).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const schema = z.toJSONSchema(OPEN_DATA[params['name'] as OpenDataName], { io: 'output' });
  return new Response(JSON.stringify(schema, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/schema+json' },
  });
};
