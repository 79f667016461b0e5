/**
 * A worker thread that renders articles with the article pipeline, one message per article
 * (`article-processor.ts` hands them out and waits for the replies).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MarkdownRenderResult } from '@astrojs/markdown-remark';
import { createArticlePipeline, renderArticle, type ArticlePipelineOptions } from './article-pipeline.ts';

export interface RenderRequest {
  id: number;
  content: string;
  frontmatter: Record<string, unknown>;
  filePath: string | undefined;
}

export type RenderReply = { id: number; result: MarkdownRenderResult } | { id: number; error: string };

const pipeline = createArticlePipeline(workerData as ArticlePipelineOptions);

parentPort!.on('message', ({ id, content, frontmatter, filePath }: RenderRequest) => {
  renderArticle(pipeline, content, { frontmatter, filePath }).then(
    (result) => parentPort!.postMessage({ id, result } satisfies RenderReply),
    (error: unknown) =>
      parentPort!.postMessage({
        id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies RenderReply),
  );
});
