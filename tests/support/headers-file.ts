/**
 * Reading a `_headers` file as the hosts that use it do, for the tests: its rules, which of them
 * match a path, and the headers a response to that path gets. Written from the hosts' documents
 * rather than shared with src/lib/security/headers-file.ts, so the tests check the writer
 * against the format, not against itself.
 * - Netlify (https://docs.netlify.com/manage/routing/headers/; the matching is netlify/build's
 *   headers-parser `getForRegExp`): `^/${segments}/?$`, case-insensitive, where a `*` segment
 *   is `?(.*)` (so "/articles/*" also matches "/articles" and "/articlesX"), any other `*` is
 *   `(.*)` and `:name` is `([^/]+)`.
 * - Cloudflare Pages (https://developers.cloudflare.com/pages/configuration/headers/): the whole
 *   path must match; `*` matches any characters, `:name` one segment.
 * Both send every matching rule's headers; the same header twice is comma-joined.
 */

export interface ParsedRule {
  pattern: string;
  /** [name, value] in the order written; a name may come twice. */
  headers: [string, string][];
}

export type Host = 'netlify' | 'cloudflare';
export const HOSTS: readonly Host[] = ['netlify', 'cloudflare'];

/** The rules of a `_headers` file; throws on a line that is neither a path, a header nor a comment. */
export function parseHeadersFile(text: string): ParsedRule[] {
  const rules: ParsedRule[] = [];
  text.split('\n').forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!/^\s/.test(line) && trimmed.startsWith('/')) {
      rules.push({ pattern: trimmed, headers: [] });
      return;
    }
    const header = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):\s*(\S.*)$/.exec(trimmed);
    const rule = rules.at(-1);
    if (!header || !rule)
      throw new Error(`_headers line ${index + 1} is not a path or a "Name: value" under one: ${line}`);
    rule.headers.push([header[1]!, header[2]!.trim()]);
  });
  return rules;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternRegExp(pattern: string, host: Host): RegExp {
  if (host === 'cloudflare') {
    const source = pattern
      .split(/(\*|:[A-Za-z]\w*)/)
      .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : escape(part)))
      .join('');
    return new RegExp(`^${source}$`);
  }
  const segments = pattern
    .split('/')
    .filter(Boolean)
    .map((part) =>
      part.startsWith(':') ? '([^/]+)' : part === '*' ? '?(.*)' : escape(part).replaceAll('\\*', '(.*)'),
    );
  return new RegExp(`^/${segments.join('/')}/?$`, 'i');
}

export function matches(pattern: string, path: string, host: Host): boolean {
  return patternRegExp(pattern, host).test(path);
}

/** The headers a response to `path` gets, by lower-case name, values of one name comma-joined. */
export function headersFor(rules: readonly ParsedRule[], path: string, host: Host): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules.filter(({ pattern }) => matches(pattern, path, host))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
    }
  }
  return headers;
}
