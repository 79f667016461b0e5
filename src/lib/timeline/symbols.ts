/**
 * A shape per category, so the chart does not rely on colour alone (WCAG 1.4.1), drawn with
 * d3-shape's symbols; publications get a small page.
 */
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { EventCategory } from './categories.ts';

const SHAPES: Record<EventCategory, SymbolType> = {
  'war-and-fighting': symbolCross,
  'military-strike': symbolStar,
  'official-statement': symbolSquare,
  'visit-or-meeting': symbolCircle,
  'withdrawal-or-deployment': symbolTriangle,
  'show-of-force': symbolDiamond,
  'report-or-study': symbolWye,
};

/** A page with a folded corner, centred on the origin. */
const PAGE = 'M-4,-5.5h5.5l2.5,2.5v8.5h-8z';

const cache = new Map<string, string>();

export type SymbolPaths = Record<EventCategory | 'publication', string>;

/**
 * Every category's path, computed once at build time: the browser gets them as data and never
 * loads d3-shape.
 */
export function allSymbolPaths(): SymbolPaths {
  const paths = { publication: PAGE } as SymbolPaths;
  for (const category of Object.keys(SHAPES) as EventCategory[]) paths[category] = symbolPath(category);
  return paths;
}

/** SVG path data for the category's symbol, centred on (0, 0); `area` in square pixels. */
export function symbolPath(category: EventCategory | 'publication', area = 90): string {
  if (category === 'publication') return PAGE;
  const key = `${category}:${area}`;
  let path = cache.get(key);
  if (path === undefined) {
    path = symbol(SHAPES[category], category === 'military-strike' ? area * 1.2 : area).digits(1)()!;
    cache.set(key, path);
  }
  return path;
}
