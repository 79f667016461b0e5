/**
 * Axis ticks for a time scale: d3 picks round instants for the pixel length, we word them
 * for this chart ("2018", "Apr 2024", "14 Nov") in UTC, the time zone every date here is in.
 */
import type { ScaleTime } from 'd3-scale';

export interface Tick {
  at: number;
  /** Pixel position along the time axis. */
  position: number;
  text: string;
  /** Year boundaries get a stronger grid line. */
  major: boolean;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function tickText(date: Date, previous: Date | undefined): string {
  const month = date.getUTCMonth();
  const day = date.getUTCDate();
  const year = date.getUTCFullYear();
  if (month === 0 && day === 1) return String(year);
  const yearChanged = !previous || previous.getUTCFullYear() !== year;
  if (day === 1) return yearChanged ? `${SHORT_MONTHS[month]} ${year}` : SHORT_MONTHS[month]!;
  const monthChanged = !previous || previous.getUTCMonth() !== month || yearChanged;
  return monthChanged ? `${day} ${SHORT_MONTHS[month]}` : String(day);
}

/** About one tick per `spacing` pixels. */
export function timeTicks(scale: ScaleTime<number, number>, spacing: number): Tick[] {
  const [r0, r1] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / spacing));
  const dates = scale.ticks(count);
  return dates.map((date, index) => ({
    at: date.getTime(),
    position: scale(date),
    text: tickText(date, dates[index - 1]),
    major: date.getUTCMonth() === 0 && date.getUTCDate() === 1,
  }));
}
