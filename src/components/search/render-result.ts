/**
 * One search result as DOM: headline linking to the matching paragraph, publisher and date,
 * and the passage with the matched words in <mark>. Built with DOM calls, never HTML strings,
 * so article text cannot inject markup.
 */
import { CARRIED, META } from '../../lib/search/filters.ts';
import type { Passage } from '../../lib/search/passage.ts';
import type { PagefindResultData } from './pagefind-api.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function renderResult(data: PagefindResultData, passage: Passage): HTMLLIElement {
  const item = element('li', 'result');
  const heading = element('h2');
  const link = element('a', undefined, data.meta[META.title] ?? data.url);
  link.href = passage.href;
  heading.append(link);
  if (data.filters[CARRIED.headlineBy]?.includes('editor')) {
    heading.append(' ', element('span', 'badge', "Editor's headline"));
  }
  const meta = element('p', 'meta');
  const publisher = data.filters['publisher']?.[0];
  const published = data.filters[CARRIED.published]?.[0];
  meta.textContent = [publisher, published].filter(Boolean).join(' · ');
  const excerpt = element('p', 'excerpt');
  if (passage.clippedStart) excerpt.append('… ');
  for (const part of passage.parts) excerpt.append(part.mark ? element('mark', undefined, part.text) : part.text);
  if (passage.clippedEnd) excerpt.append(' …');
  item.append(heading, meta, excerpt);
  return item;
}
