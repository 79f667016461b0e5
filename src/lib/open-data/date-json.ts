/** A `PublishedDate` (or any date of that shape) as the open data writes it. */
import { toIso } from '../dates/calendar-date.ts';
import type { PublishedDate } from '../dates/published-date.ts';

export function dateJson(date: PublishedDate) {
  return {
    date: toIso(date.date),
    precision: date.date.precision,
    ...(date.part ? { part: date.part } : {}),
    estimate: date.estimate,
    ...(date.earliest ? { earliest: toIso(date.earliest) } : {}),
    ...(date.latest ? { latest: toIso(date.latest) } : {}),
    ...(date.basis ? { basis: date.basis } : {}),
  };
}
