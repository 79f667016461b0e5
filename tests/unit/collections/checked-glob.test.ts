/**
 * `checkedGlob`: Astro's glob loader with every content problem turned into one ContentError
 * naming the file, the field and the expectation; run on small projects in a temporary folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { checkedGlob, type CheckedEntry, type CheckedGlobOptions } from '../../../src/collections/checked-glob.ts';
import { ContentError } from '../../../src/collections/content-error.ts';
import { fakeLoaderContext, type RenderMarkdown } from './fake-loader-context.ts';

const noteSchema = z.strictObject({
  title: z.string().trim(),
  slug: z.string().optional(),
  meta: z.strictObject({ year: z.number() }).optional(),
});

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

/** A project in a temporary folder holding `files` (path -> text). */
function project(files: Record<string, string>): URL {
  const root = mkdtempSync(join(tmpdir(), 'checked-glob-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return pathToFileURL(`${root}/`);
}

const note = (frontMatter: string, body = 'Some text.') => `---\n${frontMatter}\n---\n\n${body}\n`;

interface LoadOptions extends Partial<CheckedGlobOptions> {
  render?: RenderMarkdown;
  schema?: z.ZodType;
}

async function load(root: URL, { render, schema = noteSchema, ...options }: LoadOptions = {}) {
  const fake = fakeLoaderContext({ root, collection: 'notes', schema, ...(render && { render }) });
  const loader = checkedGlob({ pattern: '*.md', base: './content/notes', ...options });
  await loader.load(fake.context);
  return fake;
}

/** The ContentError a load throws. */
async function contentErrorOf(promise: Promise<unknown>): Promise<ContentError> {
  const error: unknown = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, 'the load throws a ContentError').toBeInstanceOf(ContentError);
  return error as ContentError;
}

test('stores every file with its schema-parsed data and its path from the project root', async () => {
  const root = project({
    'content/notes/first.md': note('title: "  First "'),
    'content/notes/second.md': note('title: Second\nslug: other-name', 'Second text.'),
  });
  const { store } = await load(root);
  expect(store.keys().sort()).toEqual(['first', 'other-name']);
  expect(store.get('first')).toMatchObject({
    data: { title: 'First' },
    body: 'Some text.',
    filePath: 'content/notes/first.md',
  });
  expect(store.get('other-name')?.filePath).toBe('content/notes/second.md');
});

/** The problems of the ContentError that loading `file` (a glob pattern) of `root` throws. */
async function problemsIn(root: URL, file: string, schema: z.ZodType = noteSchema) {
  const fake = fakeLoaderContext({ root, collection: 'notes', schema });
  return (await contentErrorOf(checkedGlob({ pattern: file, base: './content/notes' }).load(fake.context))).problems;
}

describe('a file that does not match the schema', () => {
  test('is named with each field in an editor’s words: missing, unknown, wrong', async () => {
    const root = project({ 'content/notes/bad.md': note('titel: Misspelt\nmeta:\n  year: "1999"') });
    const error = await contentErrorOf(load(root));
    expect(error.file).toBe('content/notes/bad.md');
    expect(error.problems).toEqual(
      expect.arrayContaining([
        { field: 'title', expected: 'a value, but this required field is missing' },
        { field: 'titel', expected: 'a known field, but this one is not in the schema (check its spelling)' },
        // What the file holds is quoted: the editor sees the value, not only the rule.
        { field: 'meta.year', expected: 'a number, but it is text, "1999"' },
      ]),
    );
    expect(error.problems).toHaveLength(3);
    expect(error.message).toContain('Content error in content/notes/bad.md:');
    expect(error.message).toContain('  - field "title": a value, but this required field is missing');
  });

  test('with several unknown keys lists each of them', async () => {
    const root = project({ 'content/notes/bad.md': note('title: T\nauthor: A\ntags: [x]') });
    const error = await contentErrorOf(load(root));
    expect(error.problems.map((p) => p.field).sort()).toEqual(['author', 'tags']);
  });

  test('a value of the wrong kind is named in YAML terms, with what the file holds', async () => {
    const root = project({
      'content/notes/bad.md': note('title: [A, B]\nslug: 2024-11-14\nmeta:\n  year: true'),
      'content/notes/empty.md': note('title: T\nmeta:'),
    });
    const problemsOf = (file: string) => problemsIn(root, file);
    expect(await problemsOf('bad.md')).toEqual([
      { field: 'title', expected: 'text, but it is a list' },
      {
        field: 'slug',
        expected: 'text, but it is a date YAML read from unquoted text (put it in double quotes)',
      },
      { field: 'meta.year', expected: 'a number, but it is true' },
    ]);
    // JavaScript calls an empty field an "object": Astro's own words were 'Expected type
    // "object", received "object"'.
    expect(await problemsOf('empty.md')).toEqual([
      { field: 'meta', expected: 'fields indented below it, but it is empty' },
    ]);
  });

  // Astro's reference() is a union of an id and an { id, collection } object.
  const withReference = z.strictObject({
    title: z.string(),
    publisher: z.union([z.string(), z.object({ id: z.string() })]),
  });
  const withKind = z.strictObject({ title: z.string(), kind: z.enum(['person', 'place']) });
  const withMeta = z.strictObject({ title: z.string(), meta: z.strictObject({ year: z.number() }) });
  test.each([
    // A reference left empty or of the wrong kind says so, not "Did not match union.".
    {
      frontMatter: 'title: T\npublisher:',
      schema: withReference,
      problem: { field: 'publisher', expected: 'a value, but it is empty' },
    },
    {
      frontMatter: 'title: T\npublisher: [a, b]',
      schema: withReference,
      problem: { field: 'publisher', expected: 'a value of another kind, but it is a list' },
    },
    // A value outside a list names the list as a reader writes one, and a missing one as missing.
    {
      frontMatter: 'title: T\nkind: organization',
      schema: withKind,
      problem: { field: 'kind', expected: 'one of "person", "place", got "organization"' },
    },
    {
      frontMatter: 'title: T',
      schema: withKind,
      problem: { field: 'kind', expected: 'one of "person", "place", but this required field is missing' },
    },
    // A field indented a level too deep or too shallow is named once, as indentation.
    {
      frontMatter: 'meta:\n  year: 1999\n  title: T',
      schema: withMeta,
      problem: { field: 'meta.title', expected: 'a field of its own, not inside "meta": check its indentation' },
    },
    {
      frontMatter: 'title: T\nmeta: {}\nyear: 1999',
      schema: withMeta,
      problem: { field: 'year', expected: 'a field inside "meta", not here: check its indentation' },
    },
  ])('$frontMatter reads "$problem.expected"', async ({ frontMatter, schema, problem }) => {
    const root = project({ 'content/notes/bad.md': note(frontMatter) });
    expect(await problemsIn(root, 'bad.md', schema)).toEqual([problem]);
  });

  test('a nested missing value keeps its dotted path', async () => {
    const root = project({ 'content/notes/bad.md': note('title: T\nmeta: {}') });
    const error = await contentErrorOf(load(root));
    expect(error.problems).toEqual([{ field: 'meta.year', expected: 'a value, but this required field is missing' }]);
  });
});

describe('a file that cannot be read as an entry stops the build in an editor’s words', () => {
  const problemOf = async (files: Record<string, string>, pattern: string) => {
    const fake = fakeLoaderContext({ root: project(files), collection: 'notes', schema: noteSchema });
    const error = await contentErrorOf(checkedGlob({ pattern, base: './content/notes' }).load(fake.context));
    expect(error.problems).toHaveLength(1);
    return { file: error.file, expected: error.problems[0]!.expected };
  };

  test('YAML that does not parse: the line in the file, and its likely cause', async () => {
    const problem = await problemOf({ 'content/notes/bad.md': note('title: Iran: the story') }, '*.md');
    expect(problem).toEqual({
      file: 'content/notes/bad.md',
      expected: expect.stringMatching(
        /^YAML that can be read, but line 2 \(title: Iran: the story\) has a second ": "/,
      ),
    });
  });

  test('a YAML file with no fields (where Astro’s loader fails naming no file)', async () => {
    const problem = await problemOf({ 'content/notes/todo.yaml': '# to write\n' }, '*.yaml');
    expect(problem).toEqual({
      file: 'content/notes/todo.yaml',
      expected: 'fields, one "name: value" a line, but the file holds none',
    });
  });

  test('a file name that cannot be an address', async () => {
    const problem = await problemOf({ 'content/notes/My Note.md': note('title: T') }, '*.md');
    expect(problem.expected).toMatch(/but "My Note.md" is not one: rename it "my-note.md"$/);
  });
});

test('an error that is not a schema mismatch still names the file, with its message', async () => {
  const root = project({ 'content/notes/odd.md': note('title: T') });
  const fake = fakeLoaderContext({ root, collection: 'notes' });
  const failing = { ...fake.context, parseData: () => Promise.reject(new Error('the image "x.png" is not there')) };
  const error = await contentErrorOf(checkedGlob({ pattern: '*.md', base: './content/notes' }).load(failing));
  expect(error.file).toBe('content/notes/odd.md');
  expect(error.problems).toEqual([{ field: '', expected: 'the image "x.png" is not there' }]);
});

describe('an empty body', () => {
  const files = { 'content/notes/empty.md': note('title: T', '  \n') };

  test('stops the build when the collection requires a body', async () => {
    const error = await contentErrorOf(load(project(files), { requireBody: true }));
    expect(error.file).toBe('content/notes/empty.md');
    expect(error.problems).toEqual([
      { field: '', expected: 'article text below the front matter, but the body is empty' },
    ]);
  });

  test('is allowed when it does not', async () => {
    const { store } = await load(project(files));
    expect(store.get('empty')?.body).toBe('');
  });

  test('is still found when the body is not kept in the store', async () => {
    const error = await contentErrorOf(load(project(files), { requireBody: true, retainBody: false }));
    expect(error.problems).toEqual([
      { field: '', expected: 'article text below the front matter, but the body is empty' },
    ]);
  });
});

test('without retainBody the checks see the body, and the store keeps only the render', async () => {
  const root = project({ 'content/notes/fine.md': note('title: Fine') });
  const seen: (string | undefined)[] = [];
  const { store } = await load(root, {
    retainBody: false,
    render: async (b) => `<p>${b}</p>`,
    check: ({ body }) => {
      seen.push(body);
      return [];
    },
  });
  expect(seen).toEqual(['Some text.']);
  expect(store.get('fine')).not.toHaveProperty('body');
  expect(store.get('fine')?.rendered?.html).toBe('<p>Some text.</p>');
});

test('afterLoad runs once every file is stored, and not when a file stops the load', async () => {
  const stored: number[] = [];
  let fake: ReturnType<typeof fakeLoaderContext> | undefined;
  const afterLoad = () => stored.push(fake!.store.keys().length);
  const root = project({ 'content/notes/a.md': note('title: A'), 'content/notes/b.md': note('title: B') });
  fake = fakeLoaderContext({ root, collection: 'notes', schema: noteSchema });
  await checkedGlob({ pattern: '*.md', base: './content/notes', afterLoad }).load(fake.context);
  expect(stored).toEqual([2]);

  const broken = project({ 'content/notes/a.md': note('title: A'), 'content/notes/b.md': note('untitled: B') });
  fake = fakeLoaderContext({ root: broken, collection: 'notes', schema: noteSchema });
  await contentErrorOf(checkedGlob({ pattern: '*.md', base: './content/notes', afterLoad }).load(fake.context));
  expect(stored).toEqual([2]);
});

test('two files with one slug stop the build, naming both', async () => {
  const root = project({
    'content/notes/a.md': note('title: A\nslug: same'),
    'content/notes/b.md': note('title: B\nslug: same'),
  });
  const error = await contentErrorOf(load(root));
  const [named, other] = error.file === 'content/notes/a.md' ? ['a', 'b'] : ['b', 'a'];
  expect(error.file).toBe(`content/notes/${named}.md`);
  expect(error.problems).toEqual([
    { field: 'slug', expected: `a unique slug, but "same" is also the slug of content/notes/${other}.md` },
  ]);
});

test('a second file with a stored slug stops the build with our error, not Astro’s', async () => {
  // Under load one file can be parsed and stored before the other is read; Astro's glob loader
  // then finds the stored entry and throws its own DuplicateContentEntrySlugError, unless the
  // slug was claimed first.
  const root = project({
    'content/notes/a.md': note('title: A\nslug: same'),
    'content/notes/b.md': note('title: B\nslug: same'),
  });
  const fake = fakeLoaderContext({
    root,
    collection: 'notes',
    schema: noteSchema,
    // b.md is read only once a.md is stored.
    beforeRead: async (file) => {
      while (file.pathname.endsWith('/b.md') && !fake.store.has('same')) await new Promise((r) => setTimeout(r, 1));
    },
  });
  const error = await contentErrorOf(checkedGlob({ pattern: '*.md', base: './content/notes' }).load(fake.context));
  expect(error.file).toBe('content/notes/b.md');
  expect(error.problems).toEqual([
    { field: 'slug', expected: 'a unique slug, but "same" is also the slug of content/notes/a.md' },
  ]);
});

test('Markdown that fails to render stops the build instead of being stored without HTML', async () => {
  const root = project({
    'content/notes/fine.md': note('title: Fine'),
    'content/notes/broken.md': note('title: Broken', 'This one breaks the renderer.'),
  });
  const render: RenderMarkdown = async (body) => {
    if (body.includes('breaks')) throw new Error('a remark plugin failed on line 1');
    return `<p>${body}</p>`;
  };
  const fake = fakeLoaderContext({ root, collection: 'notes', schema: noteSchema, render });
  const error = await contentErrorOf(checkedGlob({ pattern: '*.md', base: './content/notes' }).load(fake.context));
  expect(error.file).toBe('content/notes/broken.md');
  expect(error.problems).toEqual([
    { field: '', expected: 'Markdown that renders, but: a remark plugin failed on line 1' },
  ]);
  // Astro's own log line still reaches the collection's logger.
  expect(fake.logger.lines).toContainEqual({
    level: 'error',
    message: 'Error rendering broken.md: a remark plugin failed on line 1',
  });
});

test('a plugin that words its error as what was expected is quoted as it is', async () => {
  const root = project({ 'content/notes/html.md': note('title: HTML', 'A <b>bold</b> move.') });
  const render: RenderMarkdown = async () => {
    throw new Error('plain text, but line 1 of the body is raw HTML (<b>); articles may not contain HTML');
  };
  const fake = fakeLoaderContext({ root, collection: 'notes', schema: noteSchema, render });
  const error = await contentErrorOf(checkedGlob({ pattern: '*.md', base: './content/notes' }).load(fake.context));
  expect(error.problems).toEqual([
    { field: '', expected: 'plain text, but line 1 of the body is raw HTML (<b>); articles may not contain HTML' },
  ]);
});

test('entries rendered under another base path are rendered again, others are kept', async () => {
  const root = project({ 'content/notes/a.md': note('title: A'), 'content/notes/b.md': note('title: B') });
  const rendered: string[] = [];
  const render: RenderMarkdown = async (body, data) => {
    rendered.push(String(data['title']));
    return `<p>${body}</p>`;
  };
  const fake = fakeLoaderContext({ root, collection: 'notes', schema: noteSchema, render });
  const loader = checkedGlob({ pattern: '*.md', base: './content/notes' });
  // Consecutive builds share the store and its meta, as Astro's cache does.
  const build = (base: string) => loader.load({ ...fake.context, config: { ...fake.context.config, base } });
  await build('/');
  await build('/');
  expect(rendered.sort(), 'the second build at / reuses the cache').toEqual(['A', 'B']);
  await build('/tracker/');
  expect(rendered.sort(), 'a build under /tracker/ renders every entry again').toEqual(['A', 'A', 'B', 'B']);
  expect(fake.store.keys().sort()).toEqual(['a', 'b']);
});

test('rendered Markdown is stored with its HTML', async () => {
  const root = project({ 'content/notes/fine.md': note('title: Fine') });
  const fake = fakeLoaderContext({ root, collection: 'notes', schema: noteSchema, render: async (b) => `<p>${b}</p>` });
  await checkedGlob({ pattern: '*.md', base: './content/notes' }).load(fake.context);
  expect(fake.store.get('fine')?.rendered?.html).toBe('<p>Some text.</p>');
});

test("the collection's own check sees each entry and its problems stop the build", async () => {
  const root = project({ 'content/notes/checked.md': note('title: Too short') });
  const seen: CheckedEntry[] = [];
  const check = (entry: CheckedEntry) => {
    seen.push(entry);
    return [
      { field: 'title', expected: 'at least three words' },
      { field: '', expected: 'a second paragraph' },
    ];
  };
  const error = await contentErrorOf(load(root, { check }));
  expect(seen).toEqual([
    { id: 'checked', data: { title: 'Too short' }, body: 'Some text.', file: 'content/notes/checked.md', root },
  ]);
  expect(error.message).toBe(
    [
      'Content error in content/notes/checked.md:',
      '  - field "title": at least three words',
      '  - file: a second paragraph',
    ].join('\n'),
  );
});

test('a check that finds nothing lets the entry through', async () => {
  const root = project({ 'content/notes/ok.md': note('title: Fine') });
  const { store } = await load(root, { check: () => [] });
  expect(store.has('ok')).toBe(true);
});

test('YAML data files load through the same checks', async () => {
  const root = project({
    'content/people/ada.yaml': 'title: Ada\n',
    'content/people/bad.yaml': 'title: 12\n',
  });
  const fake = fakeLoaderContext({ root, collection: 'people', schema: noteSchema });
  const error = await contentErrorOf(checkedGlob({ pattern: '*.yaml', base: './content/people' }).load(fake.context));
  expect(error.file).toBe('content/people/bad.yaml');
  expect(error.problems).toEqual([
    { field: 'title', expected: 'text, but it is the number 12 (put it in double quotes)' },
  ]);
});

test("Astro's warnings pass through the collection's logger", async () => {
  const root = project({ 'content/notes/.keep': '' });
  const { logger, store } = await load(root);
  expect(store.keys()).toEqual([]);
  expect(logger.lines).toEqual([
    { level: 'warn', message: 'No files found matching "*.md" in directory "content/notes"' },
  ]);
});
