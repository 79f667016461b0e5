/**
 * Adds `readingMinutes` to the rendered entry's frontmatter (Astro's `remarkPluginFrontmatter`).
 * Counted from the Markdown text itself, so headings count and front matter does not.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import readingTime from 'reading-time';
import type { VFile } from 'vfile';

export function remarkReadingTime() {
  return (tree: Root, file: VFile) => {
    const minutes = Math.max(1, Math.round(readingTime(toString(tree)).minutes));
    const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {})['readingMinutes'] = minutes;
  };
}
