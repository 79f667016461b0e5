/**
 * What an entity's page shows, gathered from the Story in one pass: the articles that mention
 * it (grouped, newest first), the claims it made, claims by unnamed sources tied to it, and the
 * figures that count it.
 */
import type { SentenceMention } from './mention-index.ts';

export interface MentionGroup {
  articleId: string;
  mentions: SentenceMention[];
}

/** Mentions grouped by article, keeping the order they come in (articles newest first). */
export function groupByArticle(mentions: readonly SentenceMention[]): MentionGroup[] {
  const groups: MentionGroup[] = [];
  for (const mention of mentions) {
    const last = groups.at(-1);
    if (last?.articleId === mention.articleId) last.mentions.push(mention);
    else groups.push({ articleId: mention.articleId, mentions: [mention] });
  }
  return groups;
}
