/**
 * `npm run bench:pagefind -- [articles]`: what Pagefind alone needs to index a large story.
 *
 * Builds the benchmark's synthetic corpus (10,000 articles unless told otherwise; corpus.ts),
 * then indexes its article pages with Pagefind on its own, in this process, with the site's
 * settings (forced English, index chunks of 200) and eight pages in flight. Samples the memory
 * of Pagefind's process every 100 ms: once every page is added, and while the index is written.
 * The build's peak memory can be no lower than this, whatever Astro does.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { PROJECT_DIR } from '../support/built-site.ts';
import { makeCorpus } from './corpus.ts';
import { measureBuild, treeRssBytes } from './measure.ts';

const articles = Number(process.argv[2] ?? 10_000);
const GB = 1024 ** 3;

const corpus = makeCorpus(PROJECT_DIR, articles);
try {
  console.log(`${articles} articles in ${corpus.dir}: building...`);
  // As the benchmark builds (no time limit); the build indexes too, and that index is left alone.
  await measureBuild(corpus.dir, () => {});
  const dist = join(corpus.dir, 'dist');
  const slugs = readdirSync(join(dist, 'articles'));

  // As astro.config.mjs sets it for the site (pagefindIndex's indexChunkSize).
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = '200';
  let peak = 0;
  const sampler = setInterval(() => {
    // Pagefind's service is this process's child.
    peak = Math.max(peak, treeRssBytes(process.pid, { childrenOnly: true }));
  }, 100);
  const started = performance.now();
  const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error('Pagefind did not start');
  const queue = [...slugs];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let slug = queue.shift(); slug !== undefined; slug = queue.shift()) {
        const content = readFileSync(join(dist, 'articles', slug, 'index.html'), 'utf8');
        await index.addHTMLFile({ url: `/articles/${slug}/`, content });
      }
    }),
  );
  const added = performance.now();
  const peakAdding = peak;
  await index.writeFiles({ outputPath: join(corpus.dir, 'pagefind-alone') });
  const written = performance.now();
  clearInterval(sampler);
  await pagefind.close();
  console.log(
    JSON.stringify(
      {
        pages: slugs.length,
        addSeconds: Number(((added - started) / 1000).toFixed(1)),
        writeSeconds: Number(((written - added) / 1000).toFixed(1)),
        peakWhileAddingGigabytes: Number((peakAdding / GB).toFixed(2)),
        peakGigabytes: Number((peak / GB).toFixed(2)),
      },
      null,
      2,
    ),
  );
} finally {
  rmSync(corpus.dir, { recursive: true, force: true });
}
