/** Paragraphs of a Markdown body as plain text, for checks that run before rendering. */
export function markdownParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !block.startsWith('#'));
}
