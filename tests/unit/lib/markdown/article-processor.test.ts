import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { articleProcessor } from '../../../../src/lib/markdown/article-processor.ts';

const ARTICLES = new URL('../../../../content/articles/', import.meta.url);
const options = { entitiesDir: fileURLToPath(new URL('../entities/', ARTICLES)), base: '/' };

const articles = readdirSync(ARTICLES)
  .filter((file) => file.endsWith('.md'))
  .map((file) => {
    const { frontmatter, content } = parseFrontmatter(readFileSync(new URL(file, ARTICLES), 'utf8'));
    return { fileURL: new URL(file, ARTICLES), frontmatter, body: content.trim() };
  });

describe('articleProcessor', () => {
  it('renders each article on worker threads exactly as on the calling thread', async () => {
    const threaded = await articleProcessor({ ...options, threads: 2 }).createRenderer();
    const inline = await articleProcessor({ ...options, threads: 1 }).createRenderer();
    // All in flight at once, as Astro's loader sends them: each answer must reach its own caller.
    const [onThreads, onCaller] = await Promise.all(
      [threaded, inline].map((renderer) =>
        Promise.all(
          articles.map(({ body, frontmatter, fileURL }) =>
            renderer.render(body, { frontmatter: structuredClone(frontmatter), fileURL }),
          ),
        ),
      ),
    );
    expect(articles.length).toBeGreaterThanOrEqual(6);
    expect(onThreads).toEqual(onCaller);
    for (const result of onThreads!) {
      expect(result.code).toContain('class="paragraph-link"');
      expect(result.metadata.frontmatter['readingMinutes']).toBeGreaterThan(0);
      expect(result.metadata.frontmatter['renderedBlocks']).not.toHaveLength(0);
    }
  });

  it('hands a plugin error to the caller in its own words', async () => {
    const renderer = await articleProcessor({ ...options, threads: 2 }).createRenderer();
    await expect(renderer.render('Text.\n\n<script>alert(1)</script>')).rejects.toThrow(
      /^plain text, but line 3 of the body is raw HTML \(<script>alert\(1\)<\/script>\); articles may not contain HTML$/,
    );
    // The thread is still there for the next article.
    await expect(renderer.render('Text.')).resolves.toMatchObject({ code: expect.stringContaining('Text.') });
  });

  it('shares one pool between the renderers Astro asks for', async () => {
    const processor = articleProcessor({ ...options, threads: 2 });
    expect(await processor.createRenderer()).toBe(await processor.createRenderer());
  });
});
