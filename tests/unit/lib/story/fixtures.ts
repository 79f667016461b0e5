/** A small story index for the cross-check tests: two articles, a few entities, one question. */
import { buildAliasIndex } from '../../../../src/lib/entities/alias-index.ts';
import { articleParagraphs } from '../../../../src/lib/markdown/article-paragraphs.ts';
import { renderedBlocksOf } from '../../../../src/lib/markdown/rendered-blocks.ts';
import { renderedParagraphs } from '../../content/rendered-paragraphs.ts';
import type { ContentIndex } from '../../../../src/lib/story/content-index.ts';

const ENTITIES = [
  { id: 'haji', name: 'Ali Asghar Haji', aliases: ['Haji'], kind: 'person' as const },
  { id: 'aleppo', name: 'Aleppo', aliases: [], kind: 'place' as const },
  { id: 'homs', name: 'Homs', aliases: [], kind: 'place' as const },
  { id: 'damascus', name: 'Damascus', aliases: [], kind: 'place' as const },
  { id: 'rif-dimashq', name: 'Rif Dimashq', aliases: ['countryside of Damascus'], kind: 'place' as const },
  { id: 'jusoor', name: 'Jusoor Center', aliases: [], kind: 'organisation' as const },
];

export function storyIndex(): ContentIndex {
  return {
    articles: new Map([
      [
        'denial',
        {
          file: 'content/articles/denial.md',
          paragraphs: articleParagraphs(
            renderedBlocksOf({
              id: 'denial',
              rendered: renderedParagraphs(
                'Haji said, “Everything remains as it is.”',
                'The sites consist of 52 military bases, along with 477 points distributed across 117 locations in Aleppo, ' +
                  '109 in the countryside of Damascus, 67 in Homs, and 7 in Damascus.',
                'The Jusoor Center counted 300 sites in all.',
              ),
            }),
          ),
        },
      ],
    ]),
    entities: new Map(ENTITIES.map((e) => [e.id, { name: e.name, kind: e.kind }])),
    questions: new Set(['reducing']),
    aliasIndex: buildAliasIndex(ENTITIES),
  };
}
