/**
 * The Markdown pipeline every article is rendered with, remark then rehype, in one place.
 *
 * Astro's own `unified()` processor runs these plugins inside a longer chain: image collection,
 * and a pass of the whole tree through an HTML parser (rehype-raw) so raw HTML in Markdown
 * renders. Articles hold neither (raw HTML stops the build), and at 10,000 articles that pass
 * alone took 4.6 s. The steps kept are Astro's, in Astro's order (GFM, heading ids).
 */
import { rehypeHeadingIds, type MarkdownRenderResult } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Processor } from 'unified';
import { VFile } from 'vfile';
import { rehypeParagraphIds } from './rehype-paragraph-ids.ts';
import { rehypeRenderedBlocks } from './rendered-blocks.ts';
import { remarkEntityLinks } from './remark-entity-links.ts';
import { remarkInlineCaptions } from './remark-inline-captions.ts';
import { remarkReadingTime } from './remark-reading-time.ts';
import { remarkRejectRawHtml } from './remark-reject-raw-html.ts';

/** Plain data (a worker thread receives it): paths, not URLs. */
export interface ArticlePipelineOptions {
  /** The folder of entity files whose names become links (`content/entities/`), as a path. */
  entitiesDir: string;
  /** The site's base path ("/" or "/tracker/"). */
  base: string;
}

export type ArticlePipeline = Processor<MdastRoot, MdastRoot, HastRoot, HastRoot, string>;

export function createArticlePipeline({ entitiesDir, base }: ArticlePipelineOptions): ArticlePipeline {
  return (
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      // Raw HTML stops the render before anything else runs; entity links come before
      // captions, so captions placed in the text are not linked.
      .use(remarkRejectRawHtml)
      .use(remarkEntityLinks, { entitiesDir, base })
      .use(remarkInlineCaptions)
      .use(remarkReadingTime)
      .use(remarkRehype)
      .use(rehypeParagraphIds)
      // Links out of the site must not hand our page to the destination (window.opener, referrer).
      .use(rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] })
      .use(rehypeHeadingIds)
      // Last: the text as printed, for quote checks and paragraph links.
      .use(rehypeRenderedBlocks)
      .use(rehypeStringify)
  );
}

/** Renders one article as Astro's Markdown renderers do: HTML plus what the plugins found. */
export async function renderArticle(
  pipeline: ArticlePipeline,
  content: string,
  { frontmatter = {}, filePath }: { frontmatter?: Record<string, unknown>; filePath?: string | undefined } = {},
): Promise<MarkdownRenderResult> {
  const file = new VFile({ value: content, path: filePath, data: { astro: { frontmatter } } });
  const result = await pipeline.process(file);
  const astro = result.data['astro'] as { frontmatter: Record<string, unknown>; headings?: [] };
  return {
    code: String(result.value),
    metadata: {
      headings: astro.headings ?? [],
      localImagePaths: [],
      remoteImagePaths: [],
      frontmatter: astro.frontmatter,
    },
  };
}
