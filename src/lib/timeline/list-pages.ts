/**
 * The timeline's list, cut into pages so that no page grows with the story: whole years packed
 * together while they fit, a year too big for one page spread over as many as it needs. A story
 * of a few dozen events is one page; one of tens of thousands is a few hundred, each small.
 */

export interface Dated {
  /** The entry's year (the heading it is listed under). */
  year: number;
}

export interface ListPage<T extends Dated> {
  /** 1-based. */
  number: number;
  entries: T[];
}

/**
 * Cuts `entries` (already in list order) into pages of at most `size`. A new page starts at a
 * year's first entry when that year does not fit in what is left of the current page; only a
 * year larger than a page is split, and then into full pages.
 */
export function packListPages<T extends Dated>(entries: readonly T[], size: number): ListPage<T>[] {
  if (!(size >= 1)) throw new RangeError(`A list page must hold at least one entry, not ${size}`);
  const years: T[][] = [];
  for (const entry of entries) {
    const last = years.at(-1);
    if (last && last[0]!.year === entry.year) last.push(entry);
    else years.push([entry]);
  }
  const pages: T[][] = [];
  for (const year of years) {
    const current = pages.at(-1);
    if (current && current.length + year.length <= size) {
      current.push(...year);
      continue;
    }
    for (let i = 0; i < year.length; i += size) pages.push(year.slice(i, i + size));
  }
  return pages.map((page, index) => ({ number: index + 1, entries: page }));
}
