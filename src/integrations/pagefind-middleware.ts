/**
 * Hands each searchable page to the search indexer as soon as it is rendered, so Pagefind
 * indexes on its own process while Astro renders the rest (instead of after the last page).
 * Outside a build (`astro dev`) there is no indexer and pages pass through untouched.
 */
import type { MiddlewareHandler } from 'astro';
import { pageSink } from './pagefind-pages.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const sink = pageSink();
  if (!sink?.wants(context.url.pathname)) return response;
  const html = await response.text();
  // Waits only when the indexer has fallen behind (its queue is full).
  await sink.add(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
};
