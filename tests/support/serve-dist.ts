/**
 * Vitest global setup for the projects that test the built dist/ (site, lighthouse): serves it
 * as a host that reads dist/_headers would, with `astro preview` behind a proxy that adds those
 * headers (headers-proxy.ts), on free ports of 127.0.0.1, and provides its base URL to the
 * tests as `inject('baseUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { assertDistBuilt, DIST_DIR } from './built-site.ts';
import { startHeadersProxy } from './headers-proxy.ts';
import { startPreview } from './preview-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, ending in "/" (base path included). */
    baseUrl: string;
  }
}

export default async function serveDist(project: TestProject): Promise<() => Promise<void>> {
  assertDistBuilt();
  const preview = await startPreview({ basePath: process.env['BASE_PATH'] ?? '/' });
  try {
    const proxy = await startHeadersProxy(preview.baseUrl, DIST_DIR);
    project.provide('baseUrl', proxy.baseUrl);
    return async () => {
      await proxy.stop();
      await preview.stop();
    };
  } catch (error) {
    await preview.stop();
    throw error;
  }
}
