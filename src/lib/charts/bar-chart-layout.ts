/**
 * Geometry of a horizontal bar chart, computed with d3 scales at build time; the SVG is written
 * by `components/BarChart.astro`. Numbers are rounded so the markup (and its snapshot) is stable.
 */
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  highlighted?: boolean;
}

export interface BarLayout extends BarDatum {
  y: number;
  width: number;
  height: number;
  /** Baseline of the row's text. */
  textY: number;
  /** Where the value's text starts (just past the bar). */
  valueX: number;
}

export interface BarChartLayout {
  width: number;
  height: number;
  /** x of the bars' common start (the zero line). */
  x0: number;
  bars: BarLayout[];
  /** Grid lines. */
  ticks: { value: number; x: number }[];
  /** Baseline of the tick labels, under the bars. */
  tickLabelY: number;
}

export interface BarChartOptions {
  /** The viewBox width; the SVG scales to its container. */
  width?: number;
  rowHeight?: number;
  /** Room for the labels left of the bars. */
  labelWidth?: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function layoutBarChart(data: readonly BarDatum[], options: BarChartOptions = {}): BarChartLayout {
  const { width = 360, rowHeight = 22, labelWidth = 140 } = options;
  // Room right of the longest bar for its value.
  const valueRoom = 30;
  const top = 4;
  const axis = 20;
  const y = scaleBand<string>()
    .domain(data.map((d) => d.key))
    .range([top, top + data.length * rowHeight])
    .paddingInner(0.22);
  const x = scaleLinear()
    .domain([0, max(data, (d) => d.value) ?? 0])
    .nice(4)
    .range([labelWidth, width - valueRoom]);
  const bars = data.map((d): BarLayout => {
    const barY = y(d.key)!;
    const barWidth = x(d.value) - x(0);
    return {
      ...d,
      y: round(barY),
      width: round(barWidth),
      height: round(y.bandwidth()),
      textY: round(barY + y.bandwidth() / 2 + 4),
      valueX: round(x(d.value) + 4),
    };
  });
  const bottom = top + data.length * rowHeight;
  return {
    width,
    height: round(bottom + axis),
    x0: round(x(0)),
    bars,
    ticks: x.ticks(4).map((value) => ({ value, x: round(x(value)) })),
    tickLabelY: round(bottom + 14),
  };
}
