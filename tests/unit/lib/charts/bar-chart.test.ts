/**
 * The bar chart drawn at build time: its geometry (d3 scales), and the SVG the component writes,
 * compared with a golden file (numbers are rounded in the layout, no ids are generated).
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import BarChart from '../../../../src/components/BarChart.astro';
import { layoutBarChart } from '../../../../src/lib/charts/bar-chart-layout.ts';

const DATA = [
  { key: 'aleppo', label: 'Aleppo', value: 117 },
  { key: 'rif-dimashq', label: 'Damascus countryside', value: 109 },
  { key: 'homs', label: 'Homs', value: 67, highlighted: true },
  { key: 'damascus', label: 'Damascus', value: 7 },
];

describe('layoutBarChart', () => {
  const chart = layoutBarChart(DATA);

  it('makes bar lengths proportional to the values, from one zero line', () => {
    const [aleppo, , homs, damascus] = chart.bars;
    expect(aleppo!.width / homs!.width).toBeCloseTo(117 / 67, 1);
    expect(damascus!.width / aleppo!.width).toBeCloseTo(7 / 117, 1);
    expect(chart.x0).toBe(140);
  });

  it('stacks the rows in order, inside the viewBox', () => {
    const ys = chart.bars.map((b) => b.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    for (const bar of chart.bars) {
      expect(bar.valueX).toBeLessThanOrEqual(chart.width);
      expect(bar.y + bar.height).toBeLessThan(chart.height);
    }
  });

  it('rounds every number to two decimals', () => {
    const numbers = JSON.stringify(chart).match(/\d+\.\d+/g) ?? [];
    for (const n of numbers) expect(n.split('.')[1]!.length).toBeLessThanOrEqual(2);
  });

  it('puts grid lines at round values up to the nice maximum', () => {
    expect(chart.ticks.map((t) => t.value)).toEqual([0, 20, 40, 60, 80, 100, 120]);
  });
});

describe('BarChart.astro', () => {
  it('writes the golden SVG', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(BarChart, { props: { data: DATA } });
    // Astro's own attributes (scoped-style hashes, dev-mode source paths) are not the chart's.
    const svg = html.replace(/\s*data-astro-[a-z0-9-]+(="[^"]*")?/g, '').replace(/></g, '>\n<');
    await expect(svg).toMatchFileSnapshot('__snapshots__/bar-chart.svg');
  });
});
