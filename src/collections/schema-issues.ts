/**
 * A schema failure, from Astro's message to the editor's words: each field with what was
 * expected and, where it helps, what the file holds instead.
 */

export interface SchemaIssue {
  path: string[];
  message: string;
}

/**
 * The issues of a schema failure with the values the file holds (`data`), or undefined when the
 * error is not one. Astro wraps zod's error and keeps its issues on the message only, so they are
 * re-read from there.
 */
export function schemaIssuesOf(error: unknown, data: Record<string, unknown>): SchemaIssue[] | undefined {
  const message = (error as { message?: unknown } | undefined)?.message;
  if (typeof message !== 'string' || !message.includes('does not match collection schema')) return undefined;
  const issues = [...message.matchAll(/^\s+\*\*(.*?)\*\*: (.*)$/gm)].flatMap(([, path = '', text = '']) =>
    editorIssues(path ? path.split('.') : [], text),
  );
  if (issues.length === 0) return undefined;
  const worded = issues.map((issue) =>
    withGiven(
      REWORDINGS.reduce((rewording, reword) => reword(rewording, data), issue),
      data,
    ),
  );
  return misplacedFields(worded);
}

const UNKNOWN_FIELD = 'a known field, but this one is not in the schema (check its spelling)';
const MISSING = 'this required field is missing';

type Rewording = (issue: SchemaIssue, data: Record<string, unknown>) => SchemaIssue;

/** Astro's wording, rephrased where it would puzzle an editor. */
function editorIssues(path: string[], astroMessage: string): SchemaIssue[] {
  // Astro's error map repeats the path inside the message: "**headline**: Required".
  const text = astroMessage.replace(/^\*\*.*?\*\*: /, '');
  const unknownKeys = /^Unrecognized keys?: (.*)$/.exec(text);
  if (unknownKeys) {
    return [...unknownKeys[1]!.matchAll(/"([^"]+)"/g)].map(([, key = '']) => ({
      path: [...path, key],
      message: UNKNOWN_FIELD,
    }));
  }
  if (text === 'Required') return [{ path, message: `a value, but ${MISSING}` }];
  return [{ path, message: text }];
}

function valueAt(data: Record<string, unknown>, path: readonly string[]): unknown {
  let value: unknown = data;
  for (const key of path) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

/** What each of zod's types is to someone writing YAML. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'fields indented below it',
  array: 'a list',
  date: 'a date',
};

/** What the file holds, in the same terms. */
function valueInWords(value: unknown): string {
  if (value === null) return 'it is empty';
  if (Array.isArray(value)) return 'it is a list';
  if (value instanceof Date) return 'it is a date YAML read from unquoted text (put it in double quotes)';
  if (typeof value === 'object') return 'it holds fields';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `it is text, ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number') return `it is the number ${value}`;
  return `it is ${String(value)}`;
}

/**
 * Astro words a wrong type by JavaScript's `typeof`, which calls an empty field, a list and a
 * date all "object": `Expected type "object", received "object"` for `claimant:` left empty.
 * Say instead what was wanted and what the file holds: "fields indented below it, but it is
 * empty".
 */
function typeInWords(issue: SchemaIssue, data: Record<string, unknown>): SchemaIssue {
  const wrongType = /^Expected type `(.*)`, received `.*`$/.exec(issue.message);
  if (!wrongType) return issue;
  const wanted = [...wrongType[1]!.matchAll(/"(\w+)"/g)].map(([, type = '']) =>
    Object.hasOwn(TYPE_WORDS, type) ? TYPE_WORDS[type]! : type,
  );
  if (wanted.length === 0) return issue;
  const value = valueAt(data, issue.path);
  // `headline: 1984` or `note: yes` is read as a number or true; quotes keep it text.
  const quoteIt = wanted.includes('text') && (typeof value === 'number' || typeof value === 'boolean');
  return {
    ...issue,
    message: `${wanted.join(' or ')}, but ${valueInWords(value)}${quoteIt ? ' (put it in double quotes)' : ''}`,
  };
}

/**
 * A reference to another file is text or an object to zod, and a wrong one is "Did not match
 * union." to Astro: `publisher:` left empty read so. Say what the file holds.
 */
function unionInWords(issue: SchemaIssue, data: Record<string, unknown>): SchemaIssue {
  if (issue.message !== 'Did not match union.') return issue;
  const value = valueAt(data, issue.path);
  const message = value === null ? 'a value, but it is empty' : `a value of another kind, but ${valueInWords(value)}`;
  return { ...issue, message };
}

/**
 * zod's words for a value outside a list, `Invalid option: expected one of "person"|"place"`,
 * with the list as a reader writes one, and a missing value called missing.
 */
function optionsInWords(issue: SchemaIssue, data: Record<string, unknown>): SchemaIssue {
  const options = /^Invalid option: expected one of (.*)$/.exec(issue.message);
  if (!options) return issue;
  const list = options[1]!.split('|').join(', ');
  const missing = valueAt(data, issue.path) === undefined ? `, but ${MISSING}` : '';
  return { ...issue, message: `one of ${list}${missing}` };
}

const REWORDINGS: readonly Rewording[] = [typeInWords, unionInWords, optionsInWords];

/**
 * The value the editor wrote, added to a message that does not quote it ("Invalid option:
 * expected one of ...", got "airbase"): the file may hold the field many times over.
 */
function withGiven(issue: SchemaIssue, data: Record<string, unknown>): SchemaIssue {
  const value = valueAt(data, issue.path);
  const printable = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  if (!printable || issue.message === UNKNOWN_FIELD || issue.message.includes(String(value))) return issue;
  return { ...issue, message: `${issue.message}, got ${JSON.stringify(value)}` };
}

/**
 * A field indented one level too deep or too shallow reads to zod as two problems: an unknown
 * field where it is, and the same field missing where it belongs. Say it once, as indentation:
 * `category` indented under `when` is "a field of its own, not inside "when"", not a spelling
 * mistake plus a missing category.
 */
function misplacedFields(issues: readonly SchemaIssue[]): SchemaIssue[] {
  const explained = new Set<SchemaIssue>();
  const reworded = new Map<SchemaIssue, string>();
  for (const unknown of issues) {
    if (unknown.message !== UNKNOWN_FIELD) continue;
    const key = unknown.path.at(-1);
    const group = unknown.path.slice(0, -1);
    const belongs = issues.find(
      (issue) =>
        !explained.has(issue) &&
        issue.message.endsWith(MISSING) &&
        issue.path.at(-1) === key &&
        (isGroupIn(group, issue.path.slice(0, -1)) || isGroupIn(issue.path.slice(0, -1), group)),
    );
    if (!belongs) continue;
    explained.add(belongs);
    const message =
      belongs.path.length < unknown.path.length
        ? `a field of its own, not inside "${group.at(-1)}": check its indentation`
        : `a field inside "${belongs.path.at(-2)}", not here: check its indentation`;
    reworded.set(unknown, message);
  }
  return issues
    .filter((issue) => !explained.has(issue))
    .map((issue) => (reworded.has(issue) ? { ...issue, message: reworded.get(issue)! } : issue));
}

/** Is `inner` a group directly inside `outer` (`["when"]` inside `[]`)? */
function isGroupIn(inner: readonly string[], outer: readonly string[]): boolean {
  return inner.length === outer.length + 1 && outer.every((key, index) => inner[index] === key);
}
