import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../../../src/lib/entities/alias-index.ts';
import { remarkEntityLinks } from '../../../../src/lib/markdown/remark-entity-links.ts';

const aliasIndex = buildAliasIndex([
  { id: 'iran', name: 'Iran', aliases: [] },
  { id: 'hezbollah', name: 'Hezbollah', aliases: ['Hizbullah'] },
  { id: 'kataib-hezbollah', name: 'Kataib Hezbollah', aliases: [] },
  { id: 'qusayr', name: 'Qusayr', aliases: ['al-Qusayr', 'Qusair'] },
  { id: 'united-states', name: 'United States', aliases: ['US'] },
]);

async function render(markdown: string, base = '/') {
  const processor = await createMarkdownProcessor({ remarkPlugins: [[remarkEntityLinks, { aliasIndex, base }]] });
  const { code } = await processor.render(markdown);
  return { html: code };
}

describe('remarkEntityLinks', () => {
  it('links the first mention of each entity only, keeping the words as written', async () => {
    const { html } = await render('Hizbullah fighters left al-Qusayr. Later Hezbollah and Qusair again.');
    expect(html).toMatchInlineSnapshot(
      `"<p><a href="/entities/hezbollah/" class="entity-link">Hizbullah</a> fighters left <a href="/entities/qusayr/" class="entity-link">al-Qusayr</a>. Later Hezbollah and Qusair again.</p>"`,
    );
  });

  it('keeps a possessive outside the link and survives curly quotes', async () => {
    const { html } = await render('Iran\'s advisers and "Hezbollah\'s" men');
    expect(html).toMatchInlineSnapshot(
      `"<p><a href="/entities/iran/" class="entity-link">Iran</a>’s advisers and “<a href="/entities/hezbollah/" class="entity-link">Hezbollah</a>’s” men</p>"`,
    );
  });

  it('does not link inside headings, links or code, and links the first mention after them', async () => {
    const { html } = await render('## Iran in Syria\n\n[Iran](https://example.org) and `Iran`\n\nThen Iran.');
    expect(html).toMatchInlineSnapshot(`
      "<h2 id="iran-in-syria">Iran in Syria</h2>
      <p><a href="https://example.org">Iran</a> and <code>Iran</code></p>
      <p>Then <a href="/entities/iran/" class="entity-link">Iran</a>.</p>"
    `);
  });

  it('prefers the longest spelling and ignores words that merely contain a name', async () => {
    const { html } = await render('Kataib Hezbollah, Iranian forces and the US; let us go.');
    expect(html).toMatchInlineSnapshot(
      `"<p><a href="/entities/kataib-hezbollah/" class="entity-link">Kataib Hezbollah</a>, Iranian forces and the <a href="/entities/united-states/" class="entity-link">US</a>; let us go.</p>"`,
    );
  });

  it('links mentions inside emphasis and under a base path', async () => {
    const { html } = await render('*Hezbollah* said so.', '/tracker/');
    expect(html).toMatchInlineSnapshot(
      `"<p><em><a href="/tracker/entities/hezbollah/" class="entity-link">Hezbollah</a></em> said so.</p>"`,
    );
  });
});
