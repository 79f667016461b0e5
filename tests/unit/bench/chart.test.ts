import { describe, expect, it } from 'vitest';
import { benchmarkChart } from '../../bench/chart.ts';

const points = [
  { articles: 10_000, wallSeconds: 80, peakGigabytes: 2.5 },
  { articles: 100, wallSeconds: 10, peakGigabytes: 0.8 },
  { articles: 1_000, wallSeconds: 20, peakGigabytes: 1.2 },
];

const circles = (svg: string) =>
  [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="3.5" fill="(#\w+)"/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    colour: m[3],
  }));

describe('benchmarkChart', () => {
  it('names itself for screen readers and gives every figure in its description', () => {
    const svg = benchmarkChart(points, 'Run <1> & "two"');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="bench-title bench-desc"/);
    expect(svg).toContain('<title id="bench-title">Build time and peak memory against the number of articles</title>');
    expect(svg).toContain('Run &lt;1&gt; &amp; &quot;two&quot;.');
    expect(svg).toContain('10,000 articles: 80.0 s, 2.50 GB');
  });

  it('plots both series in order of corpus size on a log x-axis, higher values higher up', () => {
    const dots = circles(benchmarkChart(points, 'x'));
    const [time, memory] = [dots.slice(0, 3), dots.slice(3)];
    expect(dots).toHaveLength(6);
    for (const series of [time, memory]) {
      expect(series.map((d) => d.x)).toEqual([...series.map((d) => d.x)].sort((a, b) => a - b));
      // Log scale: 100 -> 1,000 spans the same width as 1,000 -> 10,000.
      expect(series[1]!.x - series[0]!.x).toBeCloseTo(series[2]!.x - series[1]!.x, 0);
      expect(series[0]!.y).toBeGreaterThan(series[2]!.y);
    }
    expect(new Set(time.map((d) => d.colour)).size).toBe(1);
    expect(time[0]!.colour).not.toBe(memory[0]!.colour);
  });
});
