/**
 * schema.org NewsArticle. `datePublished` takes an ISO 8601 date, which may be reduced
 * precision ("2024-04"), so an estimate is never written as a precise day.
 */
import { honestIsoDate, type PublishedDate } from './dates/published-date.ts';

interface Input {
  headline: string;
  published: PublishedDate;
  publisher: { name: string; homepage: string };
  url: string;
  originalUrl: string | undefined;
}

export function newsArticleJsonLd({ headline, published, publisher, url, originalUrl }: Input): string {
  const json = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    datePublished: honestIsoDate(published),
    publisher: { '@type': 'Organization', name: publisher.name, url: publisher.homepage },
    mainEntityOfPage: url,
    ...(originalUrl ? { isBasedOn: originalUrl } : {}),
  };
  // Escape "<" so the text can never close the script element.
  return JSON.stringify(json).replace(/</g, '\\u003c');
}
