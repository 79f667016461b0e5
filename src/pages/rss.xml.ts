/**
 * RSS 2.0 feed of the newest articles (`FEED_ITEMS`) with their full text: a reader polls it
 * often, so it stays the same size however long the story runs. RSS dates must be exact, so an
 * estimated date is left out of `pubDate` and stated in words at the top of the item instead.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadStory, publisherOf } from '../data/story.ts';
import { approximateInstant, formatPublishedDate } from '../lib/dates/published-date.ts';
import { FEED_ITEMS } from '../lib/page-sizes.ts';
import { articlePath, sitePath } from '../lib/paths.ts';
import { SITE } from '../lib/site.ts';
import { escapeHtml } from '../lib/text/escape-html.ts';

export const GET: APIRoute = async (context) => {
  const story = await loadStory();
  return rss({
    title: SITE.title,
    description: SITE.description,
    site: new URL(sitePath(''), context.site).href,
    trailingSlash: true,
    items: story.articles.slice(0, FEED_ITEMS).map((article) => {
      const { data } = article;
      const publisher = publisherOf(story, article).data.name;
      const dateLine = `${publisher}, ${formatPublishedDate(data.published)}${data.published.estimate ? ' (estimated date)' : ''}`;
      return {
        title: data.headline,
        link: articlePath(article.id),
        ...(data.published.estimate ? {} : { pubDate: approximateInstant(data.published) }),
        description: data.standfirst ?? dateLine,
        content: `<p><em>${escapeHtml(dateLine)}</em></p>${article.rendered?.html ?? ''}`,
      };
    }),
  });
};
