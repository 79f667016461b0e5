/**
 * Astro's Markdown processor for the articles (`markdown.processor` in astro.config.mjs): the
 * article pipeline (`article-pipeline.ts`), run on worker threads.
 *
 * Astro renders every article while it syncs content, on one thread, and at 10,000 articles
 * that was 37 s of a build whose other core sat idle. Astro's loader keeps ten renders in flight,
 * so workers render them side by side while the main thread reads and validates the other files.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type {
  MarkdownProcessor,
  MarkdownRenderer,
  MarkdownRenderOptions,
  MarkdownRenderResult,
} from '@astrojs/markdown-remark';
import { createArticlePipeline, renderArticle, type ArticlePipelineOptions } from './article-pipeline.ts';
import type { RenderReply, RenderRequest } from './render-worker.ts';

export interface ArticleProcessorOptions extends ArticlePipelineOptions {
  /** Worker threads; 1 renders on the calling thread. Defaults to the machine's cores. */
  threads?: number;
  /** A thread with nothing to render for this long stops, and gives its memory back. */
  idleMs?: number;
}

interface Pending {
  resolve: (result: MarkdownRenderResult) => void;
  reject: (error: Error) => void;
}

/** One worker and the renders it owes. */
class RenderThread {
  readonly pending = new Map<number, Pending>();
  readonly #worker: Worker;
  readonly #idleMs: number;
  readonly #onGone: () => void;
  #idleTimer: NodeJS.Timeout | undefined;
  #gone = false;

  /** `onGone` is called once the thread takes no more renders: it failed, or stopped when idle. */
  constructor(options: ArticlePipelineOptions, idleMs: number, onGone: () => void) {
    this.#idleMs = idleMs;
    this.#onGone = onGone;
    this.#worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: options });
    // An idle pool must not keep the process alive (see render()).
    this.#worker.unref();
    this.#worker.on('message', (reply: RenderReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.#settled(reply.id);
      if ('error' in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.result);
    });
    this.#worker.on('error', (error: Error) => this.#fail(error));
    this.#worker.on('exit', (code) => this.#fail(new Error(`the Markdown render thread stopped (exit code ${code})`)));
  }

  render(request: RenderRequest): Promise<MarkdownRenderResult> {
    return new Promise((resolve, reject) => {
      clearTimeout(this.#idleTimer);
      if (this.pending.size === 0) this.#worker.ref();
      this.pending.set(request.id, { resolve, reject });
      this.#worker.postMessage(request);
    });
  }

  #settled(id: number): void {
    this.pending.delete(id);
    if (this.pending.size > 0) return;
    this.#worker.unref();
    // A thread holds on to the garbage of the articles it rendered until it stops (an idle thread
    // hardly collects): hundreds of MB for the rest of a build, once the content is synced.
    this.#idleTimer = setTimeout(() => this.stopIfIdle(), this.#idleMs).unref();
  }

  /** Stops the thread unless it owes renders. */
  stopIfIdle(): void {
    if (this.pending.size > 0 || this.#gone) return;
    this.#leave();
    void this.#worker.terminate();
  }

  #fail(error: Error): void {
    if (this.#gone) return;
    this.#leave();
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  /** Takes the thread out of the pool before it stops, so that no render is sent to it. */
  #leave(): void {
    this.#gone = true;
    clearTimeout(this.#idleTimer);
    this.#onGone();
  }
}

/** Astro's render options as the article pipeline takes them: plain data, a worker can receive it. */
function renderInput(renderOptions: MarkdownRenderOptions | undefined) {
  return {
    frontmatter: renderOptions?.frontmatter ?? {},
    filePath: renderOptions?.fileURL && fileURLToPath(renderOptions.fileURL),
  };
}

/** Renders on the calling thread. */
function onThisThread(options: ArticlePipelineOptions): MarkdownRenderer {
  const pipeline = createArticlePipeline(options);
  return { render: (content, renderOptions) => renderArticle(pipeline, content, renderInput(renderOptions)) };
}

/**
 * Renders on `size` threads, each article on the one with the fewest waiting. A thread stops
 * once idle for `idleMs`; the next render starts a new one.
 */
function threadPool(options: ArticlePipelineOptions, size: number, idleMs: number): Renderer {
  const threads: (RenderThread | undefined)[] = Array.from({ length: size }, () => undefined);
  let nextId = 0;
  const thread = (slot: number): RenderThread => {
    let current = threads[slot];
    if (!current) {
      // A thread that failed (its renders were rejected) or stopped is replaced on the next render.
      const started: RenderThread = new RenderThread(options, idleMs, () => {
        if (threads[slot] === started) threads[slot] = undefined;
      });
      current = threads[slot] = started;
    }
    return current;
  };
  return {
    render: (content, renderOptions) => {
      let slot = 0;
      for (let i = 1; i < size; i += 1)
        if ((threads[i]?.pending.size ?? 0) < (threads[slot]?.pending.size ?? 0)) slot = i;
      return thread(slot).render({ id: (nextId += 1), content, ...renderInput(renderOptions) });
    },
    stopIdle: () => {
      for (const started of threads) started?.stopIfIdle();
    },
  };
}

/** A renderer whose idle threads can be stopped at once. */
type Renderer = MarkdownRenderer & { stopIdle(): void };

/**
 * Astro asks for a renderer per collection load (each `astro dev` sync); they share one pool.
 * Kept on a global: the content config, which knows when rendering is over, is bundled apart
 * from the Astro config that makes the pools (both run in the build's one process).
 */
const RENDERERS = Symbol.for('iran-syria-tracker.article-renderers');
const renderers = ((globalThis as { [RENDERERS]?: Map<string, Renderer> })[RENDERERS] ??= new Map());

/**
 * Stops every render thread that owes nothing, without waiting for its idle time: for when the
 * articles are all rendered (`content.config.ts`). The idle timer runs on the main thread, which
 * at the end of a sync is busy writing Astro's content store, the sync's biggest moment for
 * memory (10 s at 10,000 articles): the threads would hold their memory through it.
 */
export function stopIdleRenderThreads(): void {
  for (const renderer of renderers.values()) renderer.stopIdle();
}

export function articleProcessor({
  threads = availableParallelism(),
  idleMs = 1000,
  ...options
}: ArticleProcessorOptions) {
  return {
    name: 'article-pipeline',
    options: {},
    createRenderer: async (): Promise<MarkdownRenderer> => {
      const key = JSON.stringify([options, threads, idleMs]);
      let renderer = renderers.get(key);
      if (!renderer) {
        renderer =
          threads > 1 ? threadPool(options, threads, idleMs) : { ...onThisThread(options), stopIdle: () => {} };
        renderers.set(key, renderer);
      }
      return renderer;
    },
  } satisfies MarkdownProcessor;
}
