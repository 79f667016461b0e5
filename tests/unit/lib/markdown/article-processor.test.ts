import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { articleProcessor, stopIdleRenderThreads } from '../../../../src/lib/markdown/article-processor.ts';

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

  it('stops a thread that has been idle, and starts one again for the next render', async () => {
    // Each worker is a thread of this process (vitest runs each test file in a process of its own).
    const threadsNow = () => readdirSync('/proc/self/task').length;
    // The other tests' threads, stopped now rather than while this one counts.
    stopIdleRenderThreads();
    for (let last = -1, waited = 0; threadsNow() !== last && waited < 5000; waited += 100) {
      last = threadsNow();
      await sleep(100);
    }
    const renderer = await articleProcessor({ ...options, threads: 2, idleMs: 100 }).createRenderer();
    const before = threadsNow();
    await renderer.render('Text.');
    const rendering = threadsNow();
    expect(rendering).toBeGreaterThan(before);
    for (let waited = 0; threadsNow() >= rendering && waited < 5000; waited += 50) await sleep(50);
    expect(threadsNow()).toBeLessThan(rendering);
    await expect(renderer.render('Again.')).resolves.toMatchObject({ code: expect.stringContaining('Again.') });
    // Its waits alone may take up to 10 s (two of 5 s), longer than vitest's default 5 s.
  }, 20_000);

  it('stops idle threads at once when the articles are rendered, never one that owes a render', async () => {
    const threadsNow = () => readdirSync('/proc/self/task').length;
    const waitForFewer = async (than: number) => {
      for (let waited = 0; threadsNow() >= than && waited < 5000; waited += 50) await sleep(50);
      return threadsNow();
    };
    // Idle for a minute before stopping on their own: longer than this test.
    const renderer = await articleProcessor({ ...options, threads: 2, idleMs: 60_000 }).createRenderer();
    await Promise.all([renderer.render('One.'), renderer.render('Two.')]);
    const bothStarted = threadsNow();
    const owed = renderer.render('Owed.');
    stopIdleRenderThreads();
    await expect(owed).resolves.toMatchObject({ code: expect.stringContaining('Owed.') });
    const oneLeft = await waitForFewer(bothStarted);
    expect(oneLeft, 'the idle thread stopped').toBeLessThan(bothStarted);
    stopIdleRenderThreads();
    expect(await waitForFewer(oneLeft), 'the other, once it owed nothing').toBeLessThan(oneLeft);
    await expect(renderer.render('Again.')).resolves.toMatchObject({ code: expect.stringContaining('Again.') });
    // Its waits alone may take up to 10 s (two of 5 s).
  }, 20_000);

  it('never sends a render to a thread that is stopping', async () => {
    const renderer = await articleProcessor({ ...options, threads: 2, idleMs: 5 }).createRenderer();
    // Renders arrive just before, at and just after the moment a thread stops.
    for (let round = 0; round < 20; round += 1) {
      await expect(renderer.render(`Round ${round}.`)).resolves.toMatchObject({
        code: expect.stringContaining(`Round ${round}.`),
      });
      await sleep(round % 8);
    }
    // Up to 20 thread starts: seconds on a busy machine.
  }, 20_000);
});
