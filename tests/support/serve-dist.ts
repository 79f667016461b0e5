/**
 * Vitest global setup for the projects that test the built dist/ (site, lighthouse): serves it
 * with `astro preview` on a free port of 127.0.0.1 and provides its base URL to the tests as
 * `inject('baseUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { assertDistBuilt } from './built-site.ts';
import { startPreview } from './preview-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built site is served, ending in "/" (base path included). */
    baseUrl: string;
  }
}

export default async function serveDist(project: TestProject): Promise<() => Promise<void>> {
  assertDistBuilt();
  const server = await startPreview({ basePath: process.env['BASE_PATH'] ?? '/' });
  project.provide('baseUrl', server.baseUrl);
  return () => server.stop();
}
