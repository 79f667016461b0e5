/**
 * The benchmark's chart: build time (s) and peak memory (GB) against the number of articles,
 * on a log x-axis, as a small standalone SVG (d3-scale for the arithmetic, markup by hand: no
 * DOM needed). Two y-axes, left for time and right for memory, each series labelled at its end.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { escapeHtml } from '../../src/lib/text/escape-html.ts';

export interface ChartPoint {
  articles: number;
  wallSeconds: number;
  peakGigabytes: number;
}

const WIDTH = 560;
const HEIGHT = 300;
const MARGIN = { top: 28, right: 64, bottom: 44, left: 56 };
const TIME_COLOUR = '#1f6fb2';
const MEMORY_COLOUR = '#b2591f';

const round = (value: number) => Math.round(value * 10) / 10;

function polyline(points: [number, number][], colour: string, dash = ''): string {
  const d = points.map(([x, y]) => `${round(x)},${round(y)}`).join(' ');
  return `<polyline points="${d}" fill="none" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}

function dots(points: [number, number][], colour: string): string {
  return points.map(([x, y]) => `<circle cx="${round(x)}" cy="${round(y)}" r="3.5" fill="${colour}"/>`).join('');
}

export function benchmarkChart(points: ChartPoint[], caption: string): string {
  const sorted = [...points].sort((a, b) => a.articles - b.articles);
  const x = scaleLog()
    .domain([Math.min(...sorted.map((p) => p.articles)), Math.max(...sorted.map((p) => p.articles))])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const time = scaleLinear()
    .domain([0, Math.max(...sorted.map((p) => p.wallSeconds))])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const memory = scaleLinear()
    .domain([0, Math.max(...sorted.map((p) => p.peakGigabytes))])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const timePoints = sorted.map((p): [number, number] => [x(p.articles), time(p.wallSeconds)]);
  const memoryPoints = sorted.map((p): [number, number] => [x(p.articles), memory(p.peakGigabytes)]);
  const bottom = HEIGHT - MARGIN.bottom;
  const right = WIDTH - MARGIN.right;

  const xTicks = sorted
    .map((p) => {
      const at = round(x(p.articles));
      return `<line x1="${at}" x2="${at}" y1="${bottom}" y2="${bottom + 5}" stroke="currentColor"/><text x="${at}" y="${bottom + 18}" text-anchor="middle">${p.articles.toLocaleString('en')}</text>`;
    })
    .join('');
  const timeTicks = time
    .ticks(5)
    .map((t) => {
      const at = round(time(t));
      return `<line x1="${MARGIN.left}" x2="${right}" y1="${at}" y2="${at}" stroke="currentColor" stroke-opacity="0.12"/><text x="${MARGIN.left - 8}" y="${at + 4}" text-anchor="end" fill="${TIME_COLOUR}">${t}</text>`;
    })
    .join('');
  const memoryTicks = memory
    .ticks(5)
    .map((t) => `<text x="${right + 8}" y="${round(memory(t)) + 4}" fill="${MEMORY_COLOUR}">${t}</text>`)
    .join('');
  const summary = sorted
    .map(
      (p) =>
        `${p.articles.toLocaleString('en')} articles: ${p.wallSeconds.toFixed(1)} s, ${p.peakGigabytes.toFixed(2)} GB`,
    )
    .join('; ');

  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="bench-title bench-desc" font-family="system-ui, sans-serif" font-size="12" color="#333">
<title id="bench-title">Build time and peak memory against the number of articles</title>
<desc id="bench-desc">${escapeHtml(`${caption}. ${summary}.`)}</desc>
<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>
${timeTicks}${memoryTicks}
<line x1="${MARGIN.left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="currentColor"/>
${xTicks}
<text x="${(MARGIN.left + right) / 2}" y="${HEIGHT - 8}" text-anchor="middle">Articles (log scale)</text>
<text transform="translate(14 ${(MARGIN.top + bottom) / 2}) rotate(-90)" text-anchor="middle" fill="${TIME_COLOUR}">Build + index time (s)</text>
<text transform="translate(${WIDTH - 10} ${(MARGIN.top + bottom) / 2}) rotate(90)" text-anchor="middle" fill="${MEMORY_COLOUR}">Peak memory (GB)</text>
${polyline(timePoints, TIME_COLOUR)}${dots(timePoints, TIME_COLOUR)}
${polyline(memoryPoints, MEMORY_COLOUR, '5 3')}${dots(memoryPoints, MEMORY_COLOUR)}
<line x1="${MARGIN.left}" x2="${MARGIN.left + 22}" y1="12" y2="12" stroke="${TIME_COLOUR}" stroke-width="2"/><text x="${MARGIN.left + 28}" y="16">Build + index time (s)</text>
<line x1="${MARGIN.left + 190}" x2="${MARGIN.left + 212}" y1="12" y2="12" stroke="${MEMORY_COLOUR}" stroke-width="2" stroke-dasharray="5 3"/><text x="${MARGIN.left + 218}" y="16">Peak memory (GB)</text>
</svg>
`;
}
