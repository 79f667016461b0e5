/**
 * Writes `dist/_headers` at the end of every build: the security headers a host that reads the
 * file (Netlify, Cloudflare Pages) sends with the site, see src/lib/security/headers-file.ts.
 *
 * - Every file gets the headers given as `everyFile` (nosniff, referrer, permissions, framing).
 * - Every page gets its Content Security Policy as a header too, with the directives a <meta>
 *   cannot carry (`frame-ancestors`). A header also covers what precedes the <meta> in the
 *   page, which the <meta> does not. The policies differ from page to page by the hashes Astro
 *   computed for that page's scripts and styles, and no host can send one policy per file from
 *   a short file: so each top-level folder of the site gets one rule, whose policy is the union
 *   of its pages' policies (the <meta> keeps each page to its own). The number of rules grows
 *   with the routes, never with the number of articles.
 * - The 404 page can be served at any path, so its policy joins every folder's union.
 *
 * A page without a CSP <meta>, policies that cannot be united without making one page stricter,
 * or rules that would collide on Netlify stop the build with a message naming the pages.
 */
import { closeSync, globSync, openSync, readSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import {
  formatPolicy,
  parsePolicy,
  PolicyUnionError,
  unionOfPolicies,
} from '../lib/security/content-security-policy.ts';
import {
  everyPathPattern,
  formatHeadersFile,
  overlappingRules,
  policyRulePattern,
  type HeaderRule,
} from '../lib/security/headers-file.ts';

export interface SecurityHeadersOptions {
  /** Headers for every file of the site, name -> value. */
  everyFile: Record<string, string>;
  /** Directives added to each page's policy in the header: those a <meta> cannot carry. */
  headerOnlyDirectives: readonly string[];
  /** The page a host serves for a path that has none, relative to the build folder. */
  notFoundPage?: string;
  /**
   * Folders whose files are named after their contents (a new build writes new names), as
   * patterns under the base path ("_astro/*"): browsers may keep them for a year. Not a folder
   * that also holds files whose names stay (Pagefind's `pagefind.js` and entry file). A folder
   * name with a `*` (the search index's parts, `part-*`) stands for the build's folders that
   * match it, each given its own rule (`matchingFolders`).
   */
  immutable?: readonly string[];
}

/** For files that never change under their name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

export class SecurityHeadersError extends Error {
  override name = 'SecurityHeadersError';
}

const CHUNK_BYTES = 4 * 1024;
const CSP_META = /<meta\b[^>]*\bhttp-equiv=["']?content-security-policy["'\s][^>]*>/i;

/**
 * The policy of a page's CSP <meta>, read from the start of the file up to the tag (pages can
 * be megabytes long; the tag is in the first few kilobytes); undefined when </head> or the end
 * of the file comes first. The tag alone is parsed as HTML, for its attribute's character references.
 * Synchronous: for a few kilobytes from each of tens of thousands of files, the thread pool's
 * round trips cost more than the reads (36,000 pages on a busy 2-core machine: 0.8 s for the
 * whole of `securityHeaderRules`, against 2 s with promises).
 */
export function readPolicyMeta(file: string): string | undefined {
  const fd = openSync(file, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    const chunk = Buffer.alloc(CHUNK_BYTES);
    let start = '';
    for (;;) {
      const bytesRead = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      start += decoder.write(chunk.subarray(0, bytesRead));
      const tag = CSP_META.exec(start)?.[0];
      if (tag) return policyOfTag(tag);
      if (bytesRead === 0 || /<\/head>/i.test(start)) return undefined;
    }
  } finally {
    closeSync(fd);
  }
}

/** Pages share a handful of distinct tags: each is parsed once. */
const policyByTag = new Map<string, string>();
function policyOfTag(tag: string): string {
  let policy = policyByTag.get(tag);
  if (policy === undefined) {
    const meta = fromHtml(tag, { fragment: true }).children[0] as Element;
    policy = String(meta.properties['content'] ?? '');
    policyByTag.set(tag, policy);
  }
  return policy;
}

/**
 * The file a page was written to and its policy: "articles/x/" is "articles/x/index.html",
 * "404/" is "404.html" (and so is every page with `build.format: 'file'`).
 */
function readPage(dir: string, pathname: string): { file: string; policy: string | undefined } {
  const inFolder = `${pathname}index.html`;
  try {
    return { file: inFolder, policy: readPolicyMeta(join(dir, inFolder)) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const file = `${pathname.replace(/\/$/, '')}.html`;
    return { file, policy: readPolicyMeta(join(dir, file)) };
  }
}

/**
 * The `_headers` rules for the build in `dir` (a folder path) served under `base`, from its
 * pages as Astro lists them ("articles/x/", "" for the home page): listing them is much quicker
 * than walking a build folder that holds tens of thousands of files.
 */
export function securityHeaderRules(
  dir: string,
  base: string,
  pathnames: readonly string[],
  { everyFile, headerOnlyDirectives, notFoundPage = '404.html', immutable = [] }: SecurityHeadersOptions,
): HeaderRule[] {
  // Rule pattern -> each distinct policy text of its pages -> one page that has it (for errors).
  const policiesByRule = new Map<string, Map<string, string>>();
  let notFoundPolicy: string | undefined;
  for (const pathname of pathnames) {
    const { file, policy } = readPage(dir, pathname);
    if (policy === undefined)
      throw new SecurityHeadersError(`${join(dir, file)} has no Content Security Policy <meta>.`);
    const pattern = policyRulePattern(file, base);
    const policies = policiesByRule.get(pattern) ?? new Map<string, string>();
    if (!policies.has(policy)) policies.set(policy, file);
    policiesByRule.set(pattern, policies);
    if (file === notFoundPage) notFoundPolicy = policy;
  }
  if (notFoundPolicy !== undefined) {
    for (const [pattern, policies] of policiesByRule) {
      if (pattern.endsWith('/*') && !policies.has(notFoundPolicy)) policies.set(notFoundPolicy, notFoundPage);
    }
  }

  const patterns = [...policiesByRule.keys()].sort();
  const overlaps = overlappingRules(patterns);
  if (overlaps.length > 0) {
    const list = overlaps.map(([folder, other]) => `${folder} also matches ${other}`).join('; ');
    throw new SecurityHeadersError(`_headers rules would send two policies to one page on Netlify: ${list}.`);
  }
  const policyRules = patterns.map((pattern): HeaderRule => {
    const policies = [...policiesByRule.get(pattern)!].map(([text, file]) => [file, parsePolicy(text)] as const);
    try {
      const union = unionOfPolicies(new Map(policies));
      for (const [name, sources] of parsePolicy(headerOnlyDirectives.join(';'))) union.set(name, sources);
      return { path: pattern, headers: { 'Content-Security-Policy': formatPolicy(union) } };
    } catch (error) {
      if (!(error instanceof PolicyUnionError)) throw error;
      throw new SecurityHeadersError(`The pages under ${pattern} cannot share one policy: ${error.message}`);
    }
  });
  // No page lives in these folders, so their rules never add a second policy to a page.
  const cacheRules = immutable
    .flatMap((pattern) => matchingFolders(dir, pattern))
    .map((pattern): HeaderRule => ({
      path: `${everyPathPattern(base).slice(0, -1)}${pattern}`,
      headers: { 'Cache-Control': IMMUTABLE },
    }));
  return [{ path: everyPathPattern(base), headers: everyFile }, ...cacheRules, ...policyRules];
}

/**
 * A pattern with a `*` in a folder name, such as the index parts' `part-*` followed by
 * `/index/*`, as the build's folders that match it ("pagefind/part-2/index/*", ...) in order;
 * other patterns as they are. A rule per folder asks nothing of a host's matching beyond a `*`
 * at the end of the path, the form both hosts' documents show, and a build knows its folders.
 */
export function matchingFolders(dir: string, pattern: string): string[] {
  const slash = pattern.lastIndexOf('/');
  const folder = pattern.slice(0, slash);
  if (!folder.includes('*')) return [pattern];
  return globSync(folder, { cwd: dir, withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/') + pattern.slice(slash))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

const COMMENT = [
  'Security headers, for hosts that read this file (Netlify, Cloudflare Pages); other hosts must',
  'send the same. Written by src/integrations/security-headers.ts at every build: do not edit.',
  'Every path gets the first rule; files named after their contents may be cached for a year;',
  'each page also matches exactly one Content-Security-Policy rule,',
  "its top-level folder's: the union of its pages' <meta> policies, plus what only a header can carry.",
];

export function securityHeaders(options: SecurityHeadersOptions): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const pathnames = pages.map((page) => page.pathname);
        const rules = securityHeaderRules(fileURLToPath(dir), base, pathnames, options);
        const text = formatHeadersFile(COMMENT, rules);
        await writeFile(new URL('_headers', dir), text);
        logger.info(`Wrote _headers: ${rules.length} rules, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`);
      },
    },
  };
}
