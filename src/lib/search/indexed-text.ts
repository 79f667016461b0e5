/**
 * The text of an article that search indexes: headline, standfirst, captions and body. The
 * article layout marks the same parts for Pagefind (data-pagefind-body, with the facts, the
 * translator's boilerplate note and the paragraph links ignored); mention finding and the
 * correction vocabulary read this, so all three agree on what an article says.
 */
export interface IndexableArticle {
  data: { headline: string; standfirst?: string | undefined; captions?: readonly { text: string }[] | undefined };
  body?: string | undefined;
}

export function indexedText({ data, body }: IndexableArticle): string {
  return [data.headline, data.standfirst, ...(data.captions ?? []).map((c) => c.text), body ?? '']
    .filter(Boolean)
    .join('\n\n');
}
