import { describe, expect, it } from 'vitest';
import { chartGeometry } from '../../../../src/lib/timeline/geometry.ts';
import {
  fullDomain,
  layoutFocus,
  layoutOverview,
  MAX_CROWDED_MARKS,
  type PlacedMark,
} from '../../../../src/lib/timeline/layout.ts';
import { estimateTextWidth } from '../../../../src/lib/timeline/label-width.ts';
import { FIXTURE_MARKS, utc } from './fixture-marks.ts';

const horizontal = chartGeometry('horizontal');
const vertical = chartGeometry('vertical');

/** The box a label takes, from its anchor and estimated width. */
function labelBox(placed: PlacedMark): { x0: number; x1: number; y: number } | undefined {
  if (!placed.label) return undefined;
  const width = estimateTextWidth(placed.label.text, 12);
  const x0 = placed.label.anchor === 'start' ? placed.label.x : placed.label.x - width;
  return { x0, x1: x0 + width, y: placed.label.y };
}

describe('fullDomain', () => {
  it('pads the story out to whole years', () => {
    const [from, to] = fullDomain(FIXTURE_MARKS);
    expect(new Date(from).toISOString().slice(0, 10)).toBe('2011-01-01');
    expect(new Date(to).toISOString().slice(0, 10)).toBe('2025-01-01');
  });
});

describe('layoutFocus, horizontal', () => {
  const domain = [utc('2024-11-01'), utc('2024-12-01')] as const;
  const layout = layoutFocus(FIXTURE_MARKS, horizontal, domain);

  it('draws only what falls in the window', () => {
    expect(layout.marks.map((m) => m.mark.id).sort()).toEqual(['about-day', 'published-a1', 'talks']);
  });

  it('draws a day as a symbol and a span as a bar across its days', () => {
    const talks = layout.marks.find((m) => m.mark.id === 'talks')!;
    const day = layout.marks.find((m) => m.mark.id === 'about-day')!;
    expect(day.bar).toBeUndefined();
    expect(talks.bar!.width).toBeGreaterThan(50);
    // 11-12 November: from the start of the 11th to the end of the 12th, the symbol in the middle.
    expect(talks.x).toBeCloseTo(talks.bar!.x + talks.bar!.width / 2, 5);
  });

  it('gives publications their own row below the event lanes', () => {
    const publication = layout.marks.find((m) => m.mark.kind === 'publication')!;
    const events = layout.marks.filter((m) => m.mark.kind === 'event');
    expect(Math.min(publication.y)).toBeGreaterThan(Math.max(...events.map((m) => m.y)));
    expect(publication.label).toBeUndefined();
  });

  it('keeps labels inside the chart and off each other', () => {
    const boxes = layout.marks.map(labelBox).filter((b) => b !== undefined);
    expect(boxes.length).toBe(2);
    for (const box of boxes) {
      expect(box.x0).toBeGreaterThanOrEqual(horizontal.focus.x0);
      expect(box.x1).toBeLessThanOrEqual(horizontal.focus.x1);
    }
  });

  it('lays out a crowded window without text over text, keeps every mark, and draws the crowded ones first', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => ({
      ...FIXTURE_MARKS[3]!,
      id: `crowd-${i}`,
      label: `A rather long label ${i}`,
      start: utc('2024-11-10') + i * 3_600_000,
      end: utc('2024-11-10') + i * 3_600_000 + 86_400_000,
    }));
    const crowded = layoutFocus(crowd, horizontal, domain);
    expect(crowded.marks).toHaveLength(40);
    const boxes = crowded.marks.map(labelBox).filter((b) => b !== undefined);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.y === b.y && a.x0 < b.x1 && b.x0 < a.x1;
        expect(overlap).toBe(false);
      }
    }
    // As many labels as lanes; the rest are crowded, unlabelled, and underneath.
    expect(boxes.length).toBe(horizontal.lanes);
    const firstPlaced = crowded.marks.findIndex((m) => !m.crowded);
    expect(crowded.marks.slice(firstPlaced).every((m) => !m.crowded)).toBe(true);
  });

  it('ticks the axis in days for a month, in years for the whole story', () => {
    expect(layout.ticks[0]!.text).toBe('Nov 2024');
    expect(layout.ticks.some((tick) => /^\d+$/.test(tick.text))).toBe(true);
    const all = layoutFocus(FIXTURE_MARKS, horizontal, fullDomain(FIXTURE_MARKS));
    expect(all.ticks.every((tick) => /^\d{4}$/.test(tick.text))).toBe(true);
  });

  it('leaves out the symbol of a span whose middle is outside the window, keeping its bar', () => {
    const meetings = layoutFocus(FIXTURE_MARKS, horizontal, [utc('2018-05-01'), utc('2018-06-01')]).marks.find(
      (m) => m.mark.id === 'meetings',
    )!;
    expect(meetings.symbol).toBe(false);
    expect(meetings.bar!.x).toBe(horizontal.focus.x0);
    expect(meetings.bar!.x + meetings.bar!.width).toBe(horizontal.focus.x1);
  });
});

describe('layoutFocus, vertical', () => {
  const layout = layoutFocus(FIXTURE_MARKS, vertical, fullDomain(FIXTURE_MARKS));

  it('runs time down the page', () => {
    const strike = layout.marks.find((m) => m.mark.id === 'strike')!;
    const report = layout.marks.find((m) => m.mark.id === 'report')!;
    expect(report.y).toBeGreaterThan(strike.y);
  });

  it('stacks labels in one column without overlap, joined to marks that moved away by leader lines', () => {
    const labels = layout.marks.flatMap((m) => (m.label ? [m] : [])).sort((a, b) => a.label!.y - b.label!.y);
    for (const [i, placed] of labels.entries()) {
      if (i > 0) expect(placed.label!.y - labels[i - 1]!.label!.y).toBeGreaterThanOrEqual(14.9);
      if (Math.abs(placed.label!.y - placed.y) > 1 && placed.symbol) expect(placed.leader).toBeDefined();
    }
    expect(labels.length).toBe(layout.marks.filter((m) => m.mark.kind === 'event').length);
  });
});

describe('layoutOverview', () => {
  it('counts every mark in its month on the whole range and frames the window', () => {
    const full = fullDomain(FIXTURE_MARKS);
    const overview = layoutOverview(FIXTURE_MARKS, horizontal, full, [utc('2024-01-01'), utc('2025-01-01')]);
    const counted = (row: number) => overview.bins.filter((b) => b.row === row).reduce((sum, b) => sum + b.count, 0);
    expect(counted(0)).toBe(FIXTURE_MARKS.filter((m) => m.kind === 'event').length);
    expect(counted(1)).toBe(FIXTURE_MARKS.filter((m) => m.kind === 'publication').length);
    for (const row of [0, 1]) {
      const bins = overview.bins.filter((b) => b.row === row);
      expect(Math.max(...bins.map((b) => b.share))).toBe(1);
      // A month is a month: about 1/168th of 2011-2024.
      for (const bin of bins)
        expect(bin.to - bin.from).toBeCloseTo((horizontal.overview.x1 - horizontal.overview.x0) / 168, 0);
    }
    expect(overview.window.to).toBeCloseTo(horizontal.overview.x1, 5);
    expect(overview.window.from).toBeGreaterThan(horizontal.overview.x0);
    expect(overview.ticks.map((t) => t.text)).toContain('2018');
  });

  it('has one bar per month and row, however many marks the months hold', () => {
    const full = fullDomain(FIXTURE_MARKS);
    const many = Array.from({ length: 50_000 }, (_, i) => ({
      ...FIXTURE_MARKS[3]!,
      id: `many-${i}`,
      start: utc('2018-01-01') + (i % 365) * 86_400_000,
      end: utc('2018-01-01') + ((i % 365) + 1) * 86_400_000,
    }));
    const overview = layoutOverview(many, horizontal, full, full);
    expect(overview.bins).toHaveLength(12);
    expect(overview.bins.reduce((sum, b) => sum + b.count, 0)).toBe(50_000);
  });
});

describe('layoutFocus at scale', () => {
  it('lays out 20,000 marks in one window quickly, draws a bounded number and counts the rest', () => {
    const full = fullDomain(FIXTURE_MARKS);
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      ...FIXTURE_MARKS[3]!,
      id: `many-${i}`,
      label: `Event ${i}`,
      start: utc('2018-01-01') + (i % 2000) * 3_600_000 * 6,
      end: utc('2018-01-01') + (i % 2000) * 3_600_000 * 6 + 86_400_000,
    }));
    for (const geometry of [horizontal, vertical]) {
      const started = performance.now();
      const layout = layoutFocus(many, geometry, full);
      expect(performance.now() - started).toBeLessThan(5000);
      const crowded = layout.marks.filter((m) => m.crowded).length;
      expect(crowded).toBeLessThanOrEqual(MAX_CROWDED_MARKS);
      expect(layout.marks.length).toBeLessThan(2000);
      expect(layout.marks.length + layout.omitted).toBe(many.length);
    }
  });
});
