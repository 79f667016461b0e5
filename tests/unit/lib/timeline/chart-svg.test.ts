/**
 * Golden SVG of the chart as the build renders it, for a fixed set of marks: any change to the
 * layout or the markup shows up as a diff to review. Numbers are rounded to 0.1 px by the
 * renderer and ids are fixed per orientation; the time zone is pinned far from UTC to prove
 * that nothing depends on the machine's (every date is UTC).
 */
process.env['TZ'] = 'Pacific/Kiritimati';

import { describe, expect, it } from 'vitest';
import { chartGeometry, type Orientation } from '../../../../src/lib/timeline/geometry.ts';
import { fullDomain, layoutFocus, layoutOverview } from '../../../../src/lib/timeline/layout.ts';
import { renderChartSvg, renderFocus } from '../../../../src/lib/timeline/render-svg.ts';
import { allSymbolPaths } from '../../../../src/lib/timeline/symbols.ts';
import { FIXTURE_MARKS, utc } from './fixture-marks.ts';

function chart(orientation: Orientation): string {
  const geometry = chartGeometry(orientation);
  const full = fullDomain(FIXTURE_MARKS);
  const window = [utc('2018-01-01'), utc('2025-01-01')] as const;
  const svg = renderChartSvg({
    geometry,
    focus: layoutFocus(FIXTURE_MARKS, geometry, window),
    overview: layoutOverview(FIXTURE_MARKS, geometry, full, window),
    prefix: `tl-${orientation[0]}`,
    symbols: allSymbolPaths(),
    title: 'Timeline chart',
    description: 'Fixture marks.',
  });
  // One element per line, so a failing snapshot reads as a short diff.
  return `${svg.replace(/></g, '>\n<')}\n`;
}

describe('the build-time chart', () => {
  it('runs in a time zone far from UTC', () => {
    expect(new Date(utc('2024-01-01')).getHours()).toBe(14);
  });

  it.each(['horizontal', 'vertical'] as const)('%s matches the golden SVG', async (orientation) => {
    await expect(chart(orientation)).toMatchFileSnapshot(`__snapshots__/chart-${orientation}.svg`);
  });

  it('says how many crowded marks it left out, and says nothing when none were', () => {
    const geometry = chartGeometry('horizontal');
    const layout = layoutFocus(FIXTURE_MARKS, geometry, fullDomain(FIXTURE_MARKS));
    expect(layout.omitted).toBe(0);
    expect(renderFocus(layout, geometry, 'tl-h', allSymbolPaths())).not.toContain('tl-omitted');
    const svg = renderFocus({ ...layout, omitted: 159 }, geometry, 'tl-h', allSymbolPaths());
    expect(svg).toMatch(/<g class="tl-omitted"><rect [^>]*\/><text [^>]*>159 more not drawn: zoom in<\/text><\/g>$/);
  });

  it('escapes labels and names the chart for assistive technology', () => {
    const svg = chart('horizontal');
    expect(svg).toContain('Statement &lt;&quot;&amp;&gt;');
    expect(svg).toMatch(/^<svg [^>]*role="group" aria-labelledby="tl-h-title" aria-describedby="tl-h-desc"/);
    expect(svg).toContain('<title id="tl-h-title">Timeline chart</title>');
  });

  it('draws approximate stretches blurred (masked) and exact ones plain', () => {
    const svg = chart('horizontal');
    const town = /<a class="[^"]*is-approx[^"]*" href="#event-takes-town"/;
    expect(svg).not.toMatch(town); // mid-June 2013 is outside the 2018-2024 window
    expect(svg).toMatch(/href="#event-report"[^>]*>(?:(?!<\/a>).)*<rect class="tl-bar"[^>]*rx="2"\/>/s);
    expect(svg).toMatch(/href="#published-a2"[^>]*>(?:(?!<\/a>).)*mask="url\(#tl-h-fuzzy\)"/s);
  });
});
