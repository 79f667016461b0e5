/**
 * Links the first mention of each entity in a Markdown document to the entity's page.
 * (Which entities an article mentions, for filters and entity pages: `Story.mentions`, built with
 * the same finder.)
 *
 * - The link text is exactly the article's words: a text node is split around the mention, never
 *   rewritten; a possessive "'s" stays outside the link.
 * - Headings, existing links and code are left alone: a link inside a heading would hijack the
 *   heading, and a link inside a link is invalid HTML.
 * - Runs while Astro syncs content, before `loadStory()` exists, so it reads the entity files
 *   itself (`aliasIndexFromFiles`). Alias collisions are reported by `loadStory()`.
 */
import type { Link, Parent, Root, RootContent, Text } from 'mdast';
import type { AliasIndex } from '../entities/alias-index.ts';
import { aliasIndexFromFiles } from '../entities/alias-index-from-files.ts';
import { findMentions, type Mention } from '../entities/find-mentions.ts';

export interface RemarkEntityLinksOptions {
  /** The folder of entity YAML files, e.g. `new URL('./content/entities/', import.meta.url)`. */
  entitiesDir?: string | URL;
  /** An index built elsewhere (tests); wins over `entitiesDir`. */
  aliasIndex?: AliasIndex;
  /** The site's base path ("/" or "/tracker/"); the config passes it because `import.meta.env` is not there yet. */
  base: string;
}

/** Node types whose text must not become a link. */
const SKIP = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'html', 'definition']);

/** The entity page's address; must agree with `entityPath` in `lib/paths.ts`. */
export function entityHref(base: string, entityId: string): string {
  return `${base.replace(/\/+$/, '')}/entities/${entityId}/`;
}

export function remarkEntityLinks(options: RemarkEntityLinksOptions) {
  if (!options.aliasIndex && !options.entitiesDir)
    throw new Error('remarkEntityLinks needs `entitiesDir` or `aliasIndex`');
  return (tree: Root) => {
    const index = options.aliasIndex ?? aliasIndexFromFiles(options.entitiesDir!);
    const linked = new Set<string>();

    const linkMentions = (node: Text): RootContent[] | undefined => {
      const first: Mention[] = [];
      for (const mention of findMentions(node.value, index)) {
        if (linked.has(mention.entityId)) continue;
        linked.add(mention.entityId);
        first.push(mention);
      }
      if (first.length === 0) return undefined;
      const parts: RootContent[] = [];
      let at = 0;
      for (const mention of first) {
        if (mention.start > at) parts.push({ type: 'text', value: node.value.slice(at, mention.start) });
        const link: Link = {
          type: 'link',
          url: entityHref(options.base, mention.entityId),
          children: [{ type: 'text', value: node.value.slice(mention.start, mention.end) }],
          data: { hProperties: { className: ['entity-link'] } },
        };
        parts.push(link);
        at = mention.end;
      }
      if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
      return parts;
    };

    const walk = (parent: Parent) => {
      for (let i = 0; i < parent.children.length; i++) {
        const child = parent.children[i]!;
        if (SKIP.has(child.type)) continue;
        if (child.type === 'text') {
          const parts = linkMentions(child);
          if (parts) {
            parent.children.splice(i, 1, ...(parts as typeof parent.children));
            i += parts.length - 1;
          }
        } else if ('children' in child) {
          walk(child);
        }
      }
    };

    walk(tree);
  };
}
