/**
 * A static server for dist/ that compresses like a production host: text (HTML, CSS, JS, JSON)
 * gzipped, or with brotli when asked; Pagefind's index files, already gzipped inside, sent as
 * they are. `astro preview` sends everything uncompressed, which would misstate what a reader
 * downloads.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

export type Encoding = 'gzip' | 'br';

/** Serves `root` under the site's base path (`/` or e.g. `/tracker/`). */
export async function serveCompressed(
  root: string,
  encoding: Encoding,
  base = '/',
): Promise<{ server: Server; origin: string }> {
  const cache = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    void (async () => {
      const requested = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      if (!requested.startsWith(base)) return void response.writeHead(404).end();
      const pathname = `/${requested.slice(base.length)}`;
      let file = normalize(join(root, pathname));
      if (!file.startsWith(normalize(root))) return void response.writeHead(403).end();
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        const type = TEXT_TYPES[extname(file)];
        const accepts = String(request.headers['accept-encoding'] ?? '');
        if (type && accepts.includes(encoding)) {
          const key = `${encoding}:${file}`;
          let compressed = cache.get(key);
          if (!compressed) {
            // Level 6 is what most hosts use for gzip on the fly.
            compressed = encoding === 'br' ? brotliCompressSync(body) : gzipSync(body, { level: 6 });
            cache.set(key, compressed);
          }
          response.writeHead(200, { 'content-type': type, 'content-encoding': encoding, vary: 'accept-encoding' });
          response.end(compressed);
        } else {
          response.writeHead(200, { 'content-type': type ?? 'application/octet-stream' });
          response.end(body);
        }
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the benchmark server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}
