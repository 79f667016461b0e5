/**
 * The chart as SVG markup, from a layout. Strings rather than DOM calls so the very same
 * function runs in the build (the page ships the finished SVG) and in the browser (which swaps
 * the focus and overview groups' contents when the reader zooms or filters).
 *
 * Colours are CSS classes (`c-<category>`), not attributes, so light and dark schemes apply and
 * the golden snapshot does not depend on the palette. Numbers are rounded to 0.1 px.
 */
import { escapeHtml } from '../text/escape-html.ts';
import { estimateTextWidth } from './label-width.ts';
import type { ChartGeometry } from './geometry.ts';
import type { FocusLayout, OverviewLayout, PlacedMark } from './layout.ts';
import type { SymbolPaths } from './symbols.ts';

const n = (value: number): string => String(Math.round(value * 10) / 10);

/** Ids inside the SVG carry a prefix so two charts on one page (the two orientations) never clash. */
export const defIds = (prefix: string) => ({
  clip: `${prefix}-clip`,
  fuzzy: `${prefix}-fuzzy`,
  fade: `${prefix}-fade`,
});

export function renderDefs(geometry: ChartGeometry, prefix: string): string {
  const ids = defIds(prefix);
  const { focus, orientation } = geometry;
  const [x2, y2] = orientation === 'horizontal' ? ['1', '0'] : ['0', '1'];
  // A fade at both ends: an approximate date has no sharp edge.
  return (
    `<defs>` +
    `<clipPath id="${ids.clip}"><rect x="${n(focus.x0)}" y="${n(focus.y0)}" width="${n(focus.x1 - focus.x0)}" height="${n(focus.y1 - focus.y0)}"/></clipPath>` +
    `<linearGradient id="${ids.fade}" x1="0" y1="0" x2="${x2}" y2="${y2}">` +
    `<stop offset="0" stop-color="#fff" stop-opacity="0.15"/><stop offset="0.3" stop-color="#fff"/>` +
    `<stop offset="0.7" stop-color="#fff"/><stop offset="1" stop-color="#fff" stop-opacity="0.15"/></linearGradient>` +
    `<mask id="${ids.fuzzy}" maskContentUnits="objectBoundingBox"><rect width="1" height="1" fill="url(#${ids.fade})"/></mask>` +
    `</defs>`
  );
}

function markClasses(placed: PlacedMark): string {
  const { mark } = placed;
  return [
    'tl-mark',
    `c-${mark.category}`,
    `is-${mark.kind}`,
    `is-${mark.precision}`,
    mark.approximate ? 'is-approx' : '',
    placed.label ? '' : 'is-unlabelled',
    placed.crowded ? 'is-crowded' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The mark's accessible name: date, kind and headline, as the list says them. */
export function markName(placed: Pick<PlacedMark, 'mark'>): string {
  return `${placed.mark.dateText}: ${placed.mark.title}`;
}

function renderMark(placed: PlacedMark, prefix: string, symbols: SymbolPaths): string {
  const { mark, bar, label, leader } = placed;
  const ids = defIds(prefix);
  const parts: string[] = [];
  if (leader)
    parts.push(
      `<line class="tl-leader" x1="${n(leader.x1)}" y1="${n(leader.y1)}" x2="${n(leader.x2)}" y2="${n(leader.y2)}"/>`,
    );
  if (bar) {
    const mask = mark.approximate ? ` mask="url(#${ids.fuzzy})"` : '';
    parts.push(
      `<rect class="tl-bar" x="${n(bar.x)}" y="${n(bar.y)}" width="${n(bar.width)}" height="${n(bar.height)}" rx="2"${mask}/>`,
    );
  }
  if (placed.symbol)
    parts.push(
      `<path class="tl-symbol" transform="translate(${n(placed.x)},${n(placed.y)})" d="${symbols[mark.category]}"/>`,
    );
  if (label) {
    const anchor = label.anchor === 'end' ? ' text-anchor="end"' : '';
    const cls = label.onBar ? 'tl-label is-on-bar' : 'tl-label';
    parts.push(
      `<text class="${cls}" x="${n(label.x)}" y="${n(label.y)}" dy="0.35em"${anchor}>${escapeHtml(label.text)}</text>`,
    );
  }
  return (
    `<a class="${markClasses(placed)}" href="${escapeHtml(mark.href)}" data-id="${escapeHtml(mark.id)}" aria-label="${escapeHtml(markName(placed))}">` +
    parts.join('') +
    `</a>`
  );
}

/** Contents of the focus group: grid, axis, marks. */
export function renderFocus(
  layout: FocusLayout,
  geometry: ChartGeometry,
  prefix: string,
  symbols: SymbolPaths,
): string {
  const { focus, orientation } = geometry;
  const ids = defIds(prefix);
  const grid: string[] = [];
  const axis: string[] = [];
  if (orientation === 'horizontal') {
    const axisY = focus.y1 - 22;
    for (const tick of layout.ticks) {
      const cls = tick.major ? 'tl-grid is-major' : 'tl-grid';
      grid.push(
        `<line class="${cls}" x1="${n(tick.position)}" x2="${n(tick.position)}" y1="${n(focus.y0)}" y2="${n(axisY)}"/>`,
      );
      // Labels at the very ends would be cut: align them inwards.
      const anchor = tick.position < focus.x0 + 20 ? 'start' : tick.position > focus.x1 - 20 ? 'end' : 'middle';
      axis.push(
        `<text class="tl-tick" x="${n(tick.position)}" y="${n(axisY + 15)}" text-anchor="${anchor}">${escapeHtml(tick.text)}</text>`,
      );
    }
    axis.unshift(
      `<line class="tl-axis-line" x1="${n(focus.x0)}" x2="${n(focus.x1)}" y1="${n(axisY)}" y2="${n(axisY)}"/>`,
    );
  } else {
    const axisX = 56;
    for (const tick of layout.ticks) {
      const cls = tick.major ? 'tl-grid is-major' : 'tl-grid';
      grid.push(
        `<line class="${cls}" x1="${n(axisX)}" x2="${n(focus.x1)}" y1="${n(tick.position)}" y2="${n(tick.position)}"/>`,
      );
      axis.push(
        `<text class="tl-tick" x="${n(axisX - 5)}" y="${n(tick.position)}" dy="0.35em" text-anchor="end">${escapeHtml(tick.text)}</text>`,
      );
    }
    axis.unshift(
      `<line class="tl-axis-line" x1="${n(axisX)}" x2="${n(axisX)}" y1="${n(focus.y0)}" y2="${n(focus.y1)}"/>`,
    );
  }
  const marks = layout.marks.map((placed) => renderMark(placed, prefix, symbols)).join('');
  // Said, not hidden: some marks were left out of a crowded stretch (layout.ts MAX_CROWDED_MARKS).
  // On a plate of its own, as the lanes under it are full.
  let omitted = '';
  if (layout.omitted) {
    const text = `${layout.omitted} more not drawn: zoom in`;
    const width = estimateTextWidth(text, 11) + 8;
    omitted =
      `<g class="tl-omitted"><rect x="${n(focus.x1 - width)}" y="${n(focus.y0)}" width="${n(width)}" height="16" rx="2"/>` +
      `<text x="${n(focus.x1 - 4)}" y="${n(focus.y0 + 12)}" text-anchor="end">${text}</text></g>`;
  }
  return (
    `<g class="tl-grid-lines" aria-hidden="true">${grid.join('')}</g>` +
    `<g class="tl-axis" aria-hidden="true">${axis.join('')}</g>` +
    `<g class="tl-marks" clip-path="url(#${ids.clip})">${marks}</g>` +
    omitted
  );
}

/** Contents of the overview group: monthly counts, year labels, the focused window. */
export function renderOverview(layout: OverviewLayout, geometry: ChartGeometry): string {
  const { overview } = geometry;
  const parts: string[] = [];
  const height = overview.y1 - overview.y0;
  parts.push(
    `<rect class="tl-ov-bg" x="${n(overview.x0)}" y="${n(overview.y0)}" width="${n(overview.x1 - overview.x0)}" height="${n(height)}" rx="3"/>`,
  );
  for (const tick of layout.ticks) {
    if (tick.position + 28 > overview.x1) continue;
    parts.push(
      `<line class="tl-ov-tick" x1="${n(tick.position)}" x2="${n(tick.position)}" y1="${n(overview.y0)}" y2="${n(overview.y1)}"/>`,
    );
    parts.push(
      `<text class="tl-ov-year" x="${n(tick.position + 3)}" y="${n(overview.y1 - 4)}">${escapeHtml(tick.text)}</text>`,
    );
  }
  // A bar per month, as long as its count is against the busiest month's: events above,
  // publications in a thinner row below. Never thinner than a pixel, so one event still shows.
  for (const { from, to, row, count, share } of layout.bins) {
    const [bottom, room] = row === 0 ? [overview.y0 + 20, 16] : [overview.y0 + 29, 7];
    const h = Math.max(1.5, room * share);
    const cls = row === 0 ? 'tl-ov-bin is-event' : 'tl-ov-bin is-publication';
    parts.push(
      `<rect class="${cls}" x="${n(from)}" y="${n(bottom - h)}" width="${n(Math.max(1, to - from - 0.5))}" height="${n(h)}" data-count="${count}"/>`,
    );
  }
  const { from, to } = layout.window;
  parts.push(
    `<rect class="tl-ov-outside" x="${n(overview.x0)}" y="${n(overview.y0)}" width="${n(Math.max(0, from - overview.x0))}" height="${n(height)}"/>`,
  );
  parts.push(
    `<rect class="tl-ov-outside" x="${n(to)}" y="${n(overview.y0)}" width="${n(Math.max(0, overview.x1 - to))}" height="${n(height)}"/>`,
  );
  parts.push(
    `<rect class="tl-window" x="${n(from)}" y="${n(overview.y0 + 0.5)}" width="${n(Math.max(3, to - from))}" height="${n(height - 1)}" rx="2"/>`,
  );
  return parts.join('');
}

export interface ChartSvgOptions {
  geometry: ChartGeometry;
  focus: FocusLayout;
  overview: OverviewLayout;
  /** Prefix for ids inside the SVG. */
  prefix: string;
  /** Path data per category (`symbols.ts` `allSymbolPaths`). */
  symbols: SymbolPaths;
  title: string;
  description: string;
}

/** The whole chart. */
export function renderChartSvg({
  geometry,
  focus,
  overview,
  prefix,
  symbols,
  title,
  description,
}: ChartSvgOptions): string {
  return (
    `<svg class="tl-svg tl-${geometry.orientation}" viewBox="0 0 ${geometry.width} ${geometry.height}" height="${geometry.height}" preserveAspectRatio="xMidYMin meet" role="group" aria-labelledby="${prefix}-title" aria-describedby="${prefix}-desc">` +
    `<title id="${prefix}-title">${escapeHtml(title)}</title>` +
    `<desc id="${prefix}-desc">${escapeHtml(description)}</desc>` +
    renderDefs(geometry, prefix) +
    `<g class="tl-focus">${renderFocus(focus, geometry, prefix, symbols)}</g>` +
    `<g class="tl-overview" aria-hidden="true">${renderOverview(overview, geometry)}</g>` +
    `</svg>`
  );
}
