/**
 * The `_headers` file that Netlify and Cloudflare Pages read from the root of a deployed site:
 * blocks of a path pattern, then indented `Name: value` lines; `#` starts a comment.
 * https://docs.netlify.com/manage/routing/headers/ and
 * https://developers.cloudflare.com/pages/configuration/headers/
 *
 * How the two hosts match paths, which the rules written here rely on:
 * - a path without `*` matches itself only: "/" is the home page, nothing below it;
 * - "/articles/*" matches "/articles/" and everything under it. Netlify's pattern is looser:
 *   `^/articles/?(.*)/?$`, case-insensitive (netlify/build, headers-parser `getForRegExp`), so it
 *   also matches "/articles" and "/articlesX"; `overlappingRules` finds rules that would collide;
 * - a path matched by several rules gets all their headers. The same header from two rules is
 *   sent comma-joined by Cloudflare (for Content-Security-Policy: two policies, both enforced)
 *   and merged or overridden by Netlify, so no two rules here send the same header to one path.
 */

export interface HeaderRule {
  /** The path pattern, base path included. */
  path: string;
  /** Header name -> value. */
  headers: Record<string, string>;
}

/** "/" or "/tracker/": the base path with one trailing slash. */
function withTrailingSlash(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/** The rule for every file under the base path. */
export function everyPathPattern(base: string): string {
  return `${withTrailingSlash(base)}*`;
}

/**
 * The path pattern of the rule that sends the Content Security Policy of a built page, given as
 * its file in the build ("articles/x/index.html"): one rule per top-level folder of the site
 * ("/articles/*"), so the file grows with the site's routes, not with its pages; the home page
 * and any other page at the top level ("404.html") get a rule of their own path.
 */
export function policyRulePattern(htmlFile: string, base: string): string {
  const prefix = withTrailingSlash(base);
  const slash = htmlFile.indexOf('/');
  if (slash >= 0) return `${prefix}${htmlFile.slice(0, slash)}/*`;
  return htmlFile === 'index.html' ? prefix : prefix + htmlFile;
}

/**
 * Pairs of rules that Netlify's looser matching would apply to one path: "/data/*" also
 * matches "/database/x/" there, and two Content Security Policies on a page are both enforced.
 */
export function overlappingRules(patterns: readonly string[]): [string, string][] {
  const overlaps: [string, string][] = [];
  for (const folder of patterns.filter((pattern) => pattern.endsWith('/*'))) {
    const stem = folder.slice(0, -2).toLowerCase();
    for (const other of patterns) {
      if (other !== folder && other.toLowerCase().startsWith(stem)) overlaps.push([folder, other]);
    }
  }
  return overlaps;
}

export function formatHeadersFile(comment: readonly string[], rules: readonly HeaderRule[]): string {
  const blocks = rules.map(({ path, headers }) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return [comment.map((line) => `# ${line}`).join('\n'), ...blocks].join('\n\n') + '\n';
}
