/**
 * A content-layer LoaderContext for running collection loaders without a build, built from
 * Astro's own pieces where they are public and copied from its sources where they are not:
 * - Markdown entries are split by `parseFrontmatter` (what Astro's `.md` entry type uses);
 *   YAML entries are parsed with timestamps turned into Dates, as Astro's js-yaml does;
 * - `parseData` runs the collection's zod schema and, on failure, throws an error worded as
 *   Astro's `InvalidContentEntryDataError` with its zod error map (astro/dist/core/errors/
 *   errors-data.js and zod-error-map.js), the text `checkedGlob` re-reads;
 * - the store keeps its entries in a private field, like Astro's MutableDataStore, so a loader
 *   that wraps it must call its methods on the store itself.
 * The fixture builds (tests/fixtures/) check the same loaders inside a real `astro build`.
 */
import { createHash } from 'node:crypto';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';

type Store = LoaderContext['store'];
export type StoredEntry = Parameters<Store['set']>[0];

class FakeStore {
  readonly #entries = new Map<string, StoredEntry>();
  get(id: string) {
    return this.#entries.get(id);
  }
  set(entry: StoredEntry): boolean {
    this.#entries.set(entry.id, entry);
    return true;
  }
  has(id: string): boolean {
    return this.#entries.has(id);
  }
  delete(id: string): void {
    this.#entries.delete(id);
  }
  clear(): void {
    this.#entries.clear();
  }
  keys(): string[] {
    return [...this.#entries.keys()];
  }
  values(): StoredEntry[] {
    return [...this.#entries.values()];
  }
  entries(): [string, StoredEntry][] {
    return [...this.#entries.entries()];
  }
  addModuleImport(): void {}
  addAssetImports(): void {}
}

export interface LogLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
}

class FakeLogger {
  readonly lines: LogLine[] = [];
  readonly label = 'content';
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warn(message: string): void {
    this.lines.push({ level: 'warn', message });
  }
  error(message: string): void {
    this.lines.push({ level: 'error', message });
  }
  fork(): FakeLogger {
    return this;
  }
}

/** Renders a Markdown body to HTML (with what the plugins recorded, if any), or throws as a remark plugin would. */
export type RenderMarkdown = (
  body: string,
  frontmatter: Record<string, unknown>,
) => Promise<string | { html: string; metadata: Record<string, unknown> }>;

export interface FakeContextOptions {
  /** Project root (a file: URL ending in "/"). */
  root: URL;
  collection: string;
  /** The collection's schema; none keeps the data as parsed. */
  schema?: z.ZodType | undefined;
  /** Given, Markdown entries are rendered at load time, as Astro does for `glob()`. */
  render?: RenderMarkdown;
  /** Runs before a file's front matter is read: a test can hold one file back. */
  beforeRead?: (file: URL) => Promise<void>;
}

export interface FakeContext {
  context: LoaderContext;
  store: FakeStore;
  logger: FakeLogger;
}

/**
 * Astro's zod error map, as far as these tests need it: a missing value is "Required", a wrong
 * one is worded by its JavaScript `typeof` (`null` is "object"), a value that fits no member of
 * a union is "Did not match union.", each prefixed with its path.
 */
function astroIssueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const path = issue.path.map(String).join('.');
  // Astro follows this line with its guesses at what was meant, each starting "> ".
  if (issue.code === 'invalid_union') return path ? `**${path}**: Did not match union.` : 'Did not match union.';
  if (issue.code !== 'invalid_type') return issue.message;
  const value = valueAt(input, issue.path);
  const text =
    value === undefined ? 'Required' : `Expected type \`"${issue.expected}"\`, received \`"${typeof value}"\``;
  return path ? `**${path}**: ${text}` : text;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

export function fakeLoaderContext({ root, collection, schema, render, beforeRead }: FakeContextOptions): FakeContext {
  const store = new FakeStore();
  const logger = new FakeLogger();
  const markdown = {
    getEntryInfo: async ({ contents, fileUrl }: { contents: string; fileUrl: URL }) => {
      await beforeRead?.(fileUrl);
      const parsed = parseFrontmatter(contents);
      return { data: parsed.frontmatter, body: parsed.content.trim(), rawData: parsed.rawFrontmatter };
    },
    ...(render && {
      getRenderFunction: async () => async (entry: { body?: string; data?: Record<string, unknown> }) => {
        const rendered = await render(entry.body ?? '', entry.data ?? {});
        const { html, metadata } = typeof rendered === 'string' ? { html: rendered, metadata: {} } : rendered;
        return { html, metadata: { ...metadata, imagePaths: [] } };
      },
    }),
  };
  const yaml = {
    getEntryInfo: ({ contents }: { contents: string }) => ({
      data: parseYaml(contents, { customTags: ['timestamp'] }) as unknown,
      rawData: contents,
    }),
  };
  const parseData: LoaderContext['parseData'] = async ({ id, data }) => {
    // Parsing takes a while in a real build: every file is read before the first is stored.
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (!schema) return data;
    const result = await schema.safeParseAsync(data);
    if (result.success) return result.data as typeof data;
    const lines = result.error.issues.map(
      (issue) => `  **${issue.path.map(String).join('.')}**: ${astroIssueMessage(issue, data)}`,
    );
    throw new Error([`**${collection} → ${id}** data does not match collection schema.\n`, ...lines, ''].join('\n'));
  };
  const context = {
    collection,
    store: store as unknown as Store,
    meta: new Map<string, string>(),
    logger: logger as unknown as LoaderContext['logger'],
    config: { root, srcDir: new URL('src/', root), base: '/', prerenderConflictBehavior: 'error' },
    parseData,
    generateDigest: (data: unknown) => createHash('sha1').update(JSON.stringify(data)).digest('hex'),
    entryTypes: new Map<string, unknown>([
      ['.md', markdown],
      ['.yaml', yaml],
      ['.yml', yaml],
    ]),
    renderMarkdown: () => Promise.reject(new Error('renderMarkdown is not used by the glob loader')),
  } as unknown as LoaderContext;
  return { context, store, logger };
}
