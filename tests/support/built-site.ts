/** The built site in `dist/`, as the site tests read it: its files, its sitemap, its URLs. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_DIR = fileURLToPath(new URL('../../', import.meta.url));
export const DIST_DIR = join(PROJECT_DIR, 'dist');

export function assertDistBuilt(): void {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error(`${DIST_DIR} has no index.html: build the site first (npm run build; npm test does it for you).`);
  }
}

/** Every file under dist/ whose name ends with `suffix`, as paths relative to dist/ with "/". */
export function distFiles(suffix: string): string[] {
  return readdirSync(DIST_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(suffix))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/** The URL path a built HTML file is served at (`articles/x/index.html` -> `/articles/x/`), base path included. */
export function pagePathOf(htmlFile: string, basePath = process.env['BASE_PATH'] ?? '/'): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return base + htmlFile.replace(/(^|\/)index\.html$/, '$1');
}

/** The `<loc>` values of an XML sitemap. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map(([, loc = '']) => loc.replaceAll('&amp;', '&'));
}

/** Every page URL listed in dist/sitemap-*.xml (not the index, which lists sitemaps). */
export function sitemapPageUrls(): string[] {
  return distFiles('.xml')
    .filter((file) => /^sitemap-\d+\.xml$/.test(file))
    .flatMap((file) => sitemapLocs(readFileSync(join(DIST_DIR, file), 'utf8')));
}

/** A URL of the deployed site (as in the sitemap or feed) moved to the test server, path kept. */
export function onServer(siteUrl: string, baseUrl: string): string {
  const { pathname, search } = new URL(siteUrl);
  return new URL(pathname + search, baseUrl).href;
}

export function relativeToProject(path: string): string {
  return relative(PROJECT_DIR, path).split(sep).join('/');
}
