/**
 * Hands each searchable page to the search indexer as soon as it is rendered, so Pagefind
 * indexes on its own process while Astro renders the rest (instead of after the last page).
 * Outside a build (`astro dev`) there is no indexer and pages pass through untouched.
 */
import type { MiddlewareHandler } from 'astro';
import { pageSink } from './pagefind-pages.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const sink = pageSink();
  if (!sink) return next();
  const place = sink.begin();
  let response: Response;
  try {
    response = await next();
  } catch (error) {
    sink.skip(place);
    throw error;
  }
  if (!sink.wants(context.url.pathname)) {
    sink.skip(place);
    return response;
  }
  const html = await response.text();
  // Waits for the pages that started before this one, and when the indexer has fallen behind.
  await sink.add(place, context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
