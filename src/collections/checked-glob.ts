/**
 * Astro's `glob()` loader, made strict for editors:
 * - a schema failure names the file (Astro's own message names only the entry id), in an
 *   editor's words (schema-issues.ts);
 * - a file that cannot be read as an entry (its name, an empty file, YAML that does not parse)
 *   is named with its line and likely cause (file-problems.ts), not in the parser's terms;
 * - an empty body, a duplicate id and any problem found by `check` stop the build;
 * - nothing is skipped with a warning, as Astro does for render errors.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { ContentError, problemsFromIssues, type FieldProblem } from './content-error.ts';
import { fileNameProblem, frontMatterOf, shapeProblem, yamlProblem } from './file-problems.ts';
import { schemaIssuesOf } from './schema-issues.ts';

export interface CheckedEntry {
  id: string;
  data: Record<string, unknown>;
  body: string | undefined;
  /** Path relative to the project root, as editors see it. */
  file: string;
  /** Project root, for checks that look at other files. */
  root: URL;
}

export interface CheckedGlobOptions {
  pattern: string;
  base: string;
  /** Require a non-empty Markdown body. */
  requireBody?: boolean;
  /** Cross-checks that the schema alone cannot make; each problem stops the build. */
  check?: (entry: CheckedEntry) => FieldProblem[];
  /**
   * A folder, relative to the project root, that the Markdown renderer reads besides the entry
   * (entity links read `content/entities/`). Astro re-renders an entry only when its own file
   * changes; when a file in this folder changes, every entry is rendered again.
   */
  rendersWith?: string;
  /**
   * Keep the Markdown source in the store (`entry.body`)? Without it, only the checks above see
   * the body; pages read the render. A story of 10,000 articles holds 50 MB less, in the store
   * file and in the build's memory.
   */
  retainBody?: boolean;
  /** Called once every entry is loaded and stored (not when loading fails). */
  afterLoad?: () => void;
}

interface SchemaErrorLike {
  location?: { file?: string };
  message: string;
  cause?: unknown;
}

function projectPath(root: URL, absolute: string): string {
  return relative(fileURLToPath(root), absolute).split('\\').join('/');
}

export function checkedGlob(options: CheckedGlobOptions): Loader {
  const inner = glob({ pattern: options.pattern, base: options.base });
  return {
    name: 'checked-glob',
    load: async (context: LoaderContext) => {
      const { root } = context.config;
      renderAgainIfChanged(
        context,
        options.rendersWith ? new URL(options.rendersWith.replace(/\/?$/, '/'), root) : undefined,
      );
      const fileOfId = new Map<string, string>();
      // Astro logs a Markdown render error and stores the entry without HTML; keep the message
      // so that `set` can stop the build with it instead.
      const renderErrors = new Map<string, string>();
      const logger = new Proxy(context.logger, {
        get(target, key) {
          if (key === 'error') {
            return (message: string) => {
              const match = /^Error rendering (.+?): ([\s\S]*)$/.exec(message);
              if (match) renderErrors.set(match[1]!, match[2]!);
              target.error(message);
            };
          }
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      // Astro's glob loader compares a slug only with entries already stored, so whether its
      // error or ours showed depended on which file finished first. A file claims its slug when
      // its parsing starts, before any entry is stored: the second file always meets ours.
      // (In `astro dev` a renamed file keeps its slug: the old name no longer exists.)
      const claimId = (id: string, file: string): void => {
        const earlier = fileOfId.get(id);
        if (earlier !== undefined && earlier !== file && existsSync(new URL(earlier, root))) {
          throw new ContentError(file, [
            { field: 'slug', expected: `a unique slug, but "${id}" is also the slug of ${earlier}` },
          ]);
        }
        fileOfId.set(id, file);
      };
      const checkedSet: LoaderContext['store']['set'] = (entry) => {
        const file = entry.filePath ?? entry.id;
        claimId(entry.id, file);
        if (options.requireBody && !entry.body?.trim()) {
          throw new ContentError(file, [
            { field: '', expected: 'article text below the front matter, but the body is empty' },
          ]);
        }
        const renderError = [...renderErrors].find(([name]) => file.endsWith(name));
        if (renderError) {
          // Our own plugins word their errors as what was expected (remark-reject-raw-html.ts).
          const [, message] = renderError;
          const expected = message.startsWith('plain text, but ') ? message : `Markdown that renders, but: ${message}`;
          throw new ContentError(file, [{ field: '', expected }]);
        }
        const problems = options.check?.({ id: entry.id, data: entry.data, body: entry.body, file, root }) ?? [];
        if (problems.length > 0) throw new ContentError(file, problems);
        if (options.retainBody === false) {
          const { body: _checked, ...withoutBody } = entry;
          return context.store.set(withoutBody);
        }
        return context.store.set(entry);
      };
      // A proxy rather than a copy: the store is a class instance with private state.
      const store = new Proxy(context.store, {
        get(target, key) {
          if (key === 'set') return checkedSet;
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      const parseData: LoaderContext['parseData'] = async (props) => {
        const file = props.filePath ? projectPath(root, props.filePath) : props.id;
        claimId(props.id, file);
        try {
          return await context.parseData(props);
        } catch (error) {
          const issues = schemaIssuesOf(error, props.data);
          if (issues) throw new ContentError(file, problemsFromIssues(issues));
          throw new ContentError(file, [{ field: '', expected: (error as SchemaErrorLike).message }]);
        }
      };
      const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, EntryType> };
      const readableTypes = new Map(
        [...entryTypes].map(([extension, type]) => [extension, readable(type, extension === '.md', root)]),
      );
      await inner.load({ ...context, store, parseData, logger, entryTypes: readableTypes } as LoaderContext);
      options.afterLoad?.();
    },
  };
}

/** What the glob loader uses of an entry type: Astro passes them in the context, untyped. */
interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: unknown }> | { data: unknown };
}

/**
 * An entry type whose files stop the build, in an editor's words, when they cannot be read as
 * entries (see file-problems.ts), before Astro's parser or its loader meets them.
 */
function readable(type: EntryType, markdown: boolean, root: URL): EntryType {
  return {
    ...type,
    async getEntryInfo(params) {
      const path = fileURLToPath(params.fileUrl);
      const file = projectPath(root, path);
      const problem = fileNameProblem(basename(path)) ?? shapeProblem(params.contents, markdown);
      if (problem) throw new ContentError(file, [problem]);
      let info: { data: unknown };
      try {
        info = await type.getEntryInfo(params);
      } catch (error) {
        const { yaml, linesBefore } = markdown
          ? frontMatterOf(params.contents)
          : { yaml: params.contents, linesBefore: 0 };
        throw new ContentError(file, [
          yamlProblem(yaml, linesBefore) ?? {
            field: '',
            expected: `a file that can be read, but: ${(error as Error).message}`,
          },
        ]);
      }
      const { data } = info;
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        throw new ContentError(file, [
          { field: '', expected: 'fields, one "name: value" a line, but the file holds none' },
        ]);
      }
      return info;
    },
  };
}

const RENDERS_WITH_KEY = 'checked-glob:renders-with';

/**
 * Empties the collection's cache when what its HTML was rendered with changed since the last
 * build: the base path (Markdown plugins write links under it, and Astro keys its cache by the
 * entry's own file only, so a build under /tracker/ would otherwise hand its links to the next
 * build at /) and, with `rendersWith`, that folder's files.
 */
function renderAgainIfChanged(context: LoaderContext, folder: URL | undefined): void {
  const path = folder && fileURLToPath(folder);
  const contents = [
    `base ${context.config.base}`,
    ...(path && existsSync(path) ? readdirSync(path) : [])
      .sort()
      .map((name) => `${name}\n${readFileSync(join(path!, name), 'utf8')}`),
  ].join('\n\u0000\n');
  const digest = context.generateDigest(contents);
  if (context.meta.get(RENDERS_WITH_KEY) === digest) return;
  context.store.clear();
  context.meta.set(RENDERS_WITH_KEY, digest);
}
