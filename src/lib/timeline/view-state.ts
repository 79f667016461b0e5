/**
 * The chart's view in the address (`?from=2024-09-01&to=2024-11-30&kinds=military-strike&person=...`),
 * so a reader can share or bookmark exactly what they see. Days are inclusive and in UTC, like
 * every date on the site; anything malformed is ignored rather than trusted.
 */
import { ENTITY_FILTERS, type Filters } from './filter.ts';
import type { Domain } from './layout.ts';

export interface ViewState extends Filters {
  domain?: Domain | undefined;
}

const DAY_MS = 86_400_000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9-]+$/;

function parseDay(text: string | null): number | undefined {
  if (!text || !DAY.test(text)) return undefined;
  const time = Date.parse(`${text}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== text ? undefined : time;
}

const dayText = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Reads the view from a query string, keeping only well-formed values from the known sets. */
export function readViewState(search: string, known: { kinds: readonly string[]; full: Domain }): ViewState {
  const params = new URLSearchParams(search);
  const state: ViewState = {};
  const from = parseDay(params.get('from'));
  const to = parseDay(params.get('to'));
  if (from !== undefined && to !== undefined && from <= to) {
    const start = Math.max(known.full[0], from);
    const end = Math.min(known.full[1], to + DAY_MS);
    if (start < end) state.domain = [start, end];
  }
  const kinds = params.get('kinds');
  if (kinds !== null) state.kinds = new Set(kinds.split(',').filter((kind) => known.kinds.includes(kind)));
  for (const key of [...ENTITY_FILTERS, 'publisher'] as const) {
    const value = params.get(key);
    if (value && ID.test(value)) state[key] = value;
  }
  return state;
}

/**
 * Writes the view into `search` (other parameters kept). The window is written as whole days;
 * a filter at its default (all kinds, nobody) is left out.
 */
export function writeViewState(search: string, state: ViewState, allKinds: readonly string[]): string {
  const params = new URLSearchParams(search);
  for (const key of ['from', 'to', 'kinds', ...ENTITY_FILTERS, 'publisher']) params.delete(key);
  if (state.domain) {
    params.set('from', dayText(Math.floor(state.domain[0] / DAY_MS) * DAY_MS));
    params.set('to', dayText(Math.ceil(state.domain[1] / DAY_MS) * DAY_MS - DAY_MS));
  }
  if (state.kinds && allKinds.some((kind) => !state.kinds!.has(kind))) {
    params.set('kinds', allKinds.filter((kind) => state.kinds!.has(kind)).join(','));
  }
  for (const key of [...ENTITY_FILTERS, 'publisher'] as const) {
    if (state[key]) params.set(key, state[key]);
  }
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
