/**
 * A built site served as a host that reads `_headers` serves it: a proxy on a free port of
 * 127.0.0.1 in front of `astro preview` (which keeps its own handling of paths and 404s) that
 * adds to each response the headers the site's `_headers` file gives its path, matched the way
 * Cloudflare Pages matches them (tests/support/headers-file.ts).
 */
import { readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { headersFor, parseHeadersFile } from './headers-file.ts';

export interface HeadersProxy {
  /** Where the site is served with its headers, ending in "/", base path included. */
  baseUrl: string;
  stop(): Promise<void>;
}

/** Serves what `upstreamBaseUrl` serves, with the headers of `<siteDir>/_headers`. */
export async function startHeadersProxy(upstreamBaseUrl: string, siteDir: string): Promise<HeadersProxy> {
  const file = join(siteDir, '_headers');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file} could not be read: build the site first (npm run build).`, { cause: error });
  }
  const rules = parseHeadersFile(text);
  const upstream = new URL(upstreamBaseUrl);
  const server = createServer((incoming, outgoing) => {
    const forward = request(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        const headers = { ...answer.headers };
        const path = new URL(incoming.url ?? '/', upstream).pathname;
        for (const [name, value] of headersFor(rules, path, 'cloudflare')) headers[name] = value;
        outgoing.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(outgoing);
      },
    );
    forward.once('error', (error) => outgoing.writeHead(502).end(error.message));
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: new URL(upstream.pathname, `http://127.0.0.1:${port}`).href,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
