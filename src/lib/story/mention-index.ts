/**
 * Where each entity is mentioned: article, paragraph and sentence. Built once per build for the
 * entity pages, the search filters and the open data; the remark plugin uses the same finder, so
 * the links in the text and these lists agree.
 */
import type { AliasIndex } from '../entities/alias-index.ts';
import { findMentions } from '../entities/find-mentions.ts';
import type { ArticleParagraph } from '../markdown/article-paragraphs.ts';
import { sentencesOf, type Sentence } from '../text/sentences.ts';

export interface SentenceMention {
  articleId: string;
  /** The paragraph of the text, absent for a caption or standfirst. */
  paragraphId?: string;
  /** Set when the sentence is not in the text proper. */
  outside?: 'caption' | 'standfirst';
  /** The sentence that mentions the entity. */
  sentence: string;
  /** Where the entity's names stand in the sentence (offsets), for highlighting. */
  spans: { start: number; end: number }[];
}

export interface MentionIndex {
  /** Per entity, in the order of the articles given, then of the text; one entry per sentence. */
  byEntity: Map<string, SentenceMention[]>;
  /** Per article, the entities it mentions, in order of first mention. */
  byArticle: Map<string, string[]>;
}

export interface MentionSource {
  id: string;
  paragraphs: readonly ArticleParagraph[];
  /** Text around the article's body that readers see with it: standfirst, captions. */
  outside?: readonly { text: string; kind: 'caption' | 'standfirst' }[];
}

export function indexMentions(articles: readonly MentionSource[], aliasIndex: AliasIndex): MentionIndex {
  const byEntity = new Map<string, SentenceMention[]>();
  const byArticle = new Map<string, string[]>();
  for (const article of articles) {
    const seen = new Set<string>();
    const texts = [
      ...article.paragraphs.map((p) => ({ text: p.text, paragraphId: p.id })),
      ...(article.outside ?? []).map((o) => ({ text: o.text, outside: o.kind })),
    ];
    for (const { text, ...where } of texts) {
      // Split once per paragraph, not once per mention (a paragraph can name a dozen entities).
      let sentences: Sentence[] | undefined;
      for (const mention of findMentions(text, aliasIndex)) {
        seen.add(mention.entityId);
        sentences ??= sentencesOf(text);
        const sentence = sentences.findLast((s) => s.start <= mention.start) ?? sentences[0] ?? { text, start: 0 };
        const span = { start: mention.start - sentence.start, end: mention.end - sentence.start };
        const list = byEntity.get(mention.entityId) ?? [];
        const last = list.at(-1);
        if (last && last.articleId === article.id && last.sentence === sentence.text) {
          last.spans.push(span);
        } else {
          list.push({ articleId: article.id, ...where, sentence: sentence.text, spans: [span] });
        }
        byEntity.set(mention.entityId, list);
      }
    }
    byArticle.set(article.id, [...seen]);
  }
  return { byEntity, byArticle };
}
