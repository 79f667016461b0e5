/**
 * A content file that cannot be read as one, in an editor's words: a file name that cannot be
 * an address, an empty file, front matter that never closes, YAML that does not parse. Astro's
 * own messages for these use the parser's terms ("bad indentation of a mapping entry" for a
 * colon in an unquoted headline), point past the mistake, or name no file at all ("Cannot read
 * properties of undefined" for an empty YAML file).
 */
import { parseDocument } from 'yaml';
import type { FieldProblem } from './content-error.ts';

/** Lower-case words, digits and hyphens: the file name is an address or the name others use. */
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function fileNameProblem(fileName: string): FieldProblem | undefined {
  const dot = fileName.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot)] : [fileName, ''];
  if (NAME.test(stem)) return undefined;
  const suggested = stem
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return {
    field: '',
    expected:
      'a file name of lower-case letters, digits and hyphens (it becomes the address, and other files use it), ' +
      `but "${fileName}" is not one${suggested ? `: rename it "${suggested}${extension}"` : ''}`,
  };
}

/** Problems that stop a file before its YAML is read: nothing in it, or front matter left open. */
export function shapeProblem(contents: string, markdown: boolean): FieldProblem | undefined {
  const text = contents.replace(/^\uFEFF/, '');
  if (!/\S/.test(text)) return { field: '', expected: 'content, but the file is empty' };
  if (!markdown) return undefined;
  // Regular expressions rather than splitting lines: this runs on every article of the story.
  if (!/^---[ \t]*(?:\r?\n|$)/.test(text)) {
    return { field: '', expected: 'front matter first: a line of three hyphens (---), then the fields' };
  }
  if (!/\n---[ \t]*(?:\r?\n|$)/.test(text.slice(3))) {
    return {
      field: '',
      expected: 'front matter closed by a second line of three hyphens (---) before the text, but there is none',
    };
  }
  return undefined;
}

/** The YAML between a Markdown file's two `---` lines, and the file's line number before it. */
export function frontMatterOf(contents: string): { yaml: string; linesBefore: number } {
  const lines = contents.replace(/^\uFEFF/, '').split(/\r?\n/);
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  return { yaml: lines.slice(1, end < 0 ? undefined : end).join('\n'), linesBefore: 1 };
}

/** The likely cause of each error of the `yaml` parser that an editor's hand makes. */
const CAUSES: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'has a second ": " in it: put the value in double quotes, or check its indentation',
  MULTILINE_IMPLICIT_KEY: 'has a second ": " in it: put the value in double quotes, or check its indentation',
  BAD_INDENT: 'is indented differently from the other fields of its group',
  TAB_AS_INDENT: 'is indented with a tab: indent with spaces',
  DUPLICATE_KEY: 'repeats a field the file already has',
};

/**
 * Why YAML text does not parse: the line (counted in the file, after `linesBefore` lines), the
 * line itself and its likely cause; undefined when it parses.
 */
export function yamlProblem(yaml: string, linesBefore = 0): FieldProblem | undefined {
  const [error] = parseDocument(yaml, { uniqueKeys: true }).errors;
  if (!error) return undefined;
  const lines = yaml.split(/\r?\n/);
  let index = (error.linePos?.[0].line ?? 1) - 1;
  let cause = CAUSES[error.code] ?? error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    // The parser stops where the file ends; the mistake is the line whose quote never closes.
    const opened = lines.findIndex((line) => (line.match(/(?<!\\)"/g)?.length ?? 0) % 2 === 1);
    if (opened >= 0) index = opened;
    cause = 'opens a double quote that is never closed';
  }
  const line = lines[index]?.trim() ?? '';
  return {
    field: '',
    expected: `YAML that can be read, but line ${index + 1 + linesBefore} (${line}) ${cause}`,
  };
}
