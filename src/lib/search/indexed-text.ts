/**
 * The text of an article that search indexes: headline, standfirst, captions, headings and
 * paragraphs, as the page prints them (no Markdown link targets or emphasis marks). The article
 * layout marks the same parts for Pagefind (data-pagefind-body, with the facts, the translator's
 * boilerplate note and the paragraph links ignored); mention finding and the correction
 * vocabulary read this, so all three agree on what an article says.
 */
import { articleParagraphs } from '../markdown/article-paragraphs.ts';
import { renderedBlocksOf } from '../markdown/rendered-blocks.ts';

export interface IndexableArticle {
  id: string;
  data: { headline: string; standfirst?: string | undefined; captions?: readonly { text: string }[] | undefined };
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}

export function indexedText(article: IndexableArticle): string {
  const { data } = article;
  const headings = (article.rendered?.metadata?.['headings'] as readonly { text: string }[] | undefined) ?? [];
  return [
    data.headline,
    data.standfirst,
    ...(data.captions ?? []).map((c) => c.text),
    ...headings.map((h) => h.text),
    ...articleParagraphs(renderedBlocksOf(article)).map((p) => p.text),
  ]
    .filter(Boolean)
    .join('\n\n');
}
