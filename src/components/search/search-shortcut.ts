/**
 * `/` or Ctrl/Cmd+K moves focus to a search box, as on most sites with search. `/` is left
 * alone while the reader is typing in a field.
 */
export function focusOnSearchShortcut(input: HTMLInputElement): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey;
    if (!slash && !commandK) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}

/**
 * For a page that already ships JavaScript (the search page does not need it): the same keys
 * focus the header's search box. Article and home pages ship none, so there the box is reached
 * with Tab.
 */
export function focusHeaderSearchOnShortcut(): void {
  const input = document.querySelector<HTMLInputElement>('#header-search-query');
  if (input) focusOnSearchShortcut(input);
}
