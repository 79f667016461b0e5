import { expect, test } from 'vitest';
import { createArticlePipeline, renderArticle } from '../../../../src/lib/markdown/article-pipeline.ts';
import { indexedText } from '../../../../src/lib/search/indexed-text.ts';

test('search reads an article as the page prints it: headings and text, no link targets or emphasis marks', async () => {
  const pipeline = createArticlePipeline({ entitiesDir: '/nonexistent/', base: '/' });
  const captions = [{ text: 'A caption', after: 'According' }];
  const { metadata } = await renderArticle(
    pipeline,
    'According to [Enab Baladi](https://english.enabbaladi.net/archives/x), forces *stayed*.\n\n## Direct escalation\n\nThe end.',
    { frontmatter: { captions } },
  );
  const text = indexedText({ id: 'a', data: { headline: 'Headline', captions }, rendered: { metadata } });
  expect(text.split('\n\n')).toEqual([
    'Headline',
    'A caption',
    'Direct escalation',
    'According to Enab Baladi, forces stayed.',
    'The end.',
  ]);
});
