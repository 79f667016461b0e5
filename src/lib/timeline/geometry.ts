/**
 * The chart's boxes for its two orientations. Horizontal for wide screens; vertical (time
 * running down, labels to the right) for phones, where a horizontal axis leaves no room for
 * labels. Both have an overview strip (the whole story, with the focused window marked) above
 * or below the focus (the window, labelled).
 */
export type Orientation = 'horizontal' | 'vertical';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface ChartGeometry {
  orientation: Orientation;
  width: number;
  height: number;
  /** The labelled, zoomable part. */
  focus: Box;
  /** The whole time range, with the window shown. */
  overview: Box;
  /** Rows (horizontal) or columns (vertical) for event marks. */
  lanes: number;
  laneSize: number;
  fontSize: number;
}

/** Vertical size of the horizontal chart and horizontal size of the vertical one are fixed. */
export const HORIZONTAL_HEIGHT = 396;
export const VERTICAL_HEIGHT = 600;
export const DEFAULT_WIDTH = { horizontal: 960, vertical: 360 } as const;

export function chartGeometry(orientation: Orientation, width: number = DEFAULT_WIDTH[orientation]): ChartGeometry {
  if (orientation === 'horizontal') {
    const lanes = 14;
    const laneSize = 18;
    const focusBottom = 8 + lanes * laneSize + 64;
    return {
      orientation,
      width,
      height: HORIZONTAL_HEIGHT,
      focus: { x0: 12, y0: 8, x1: width - 12, y1: focusBottom },
      overview: { x0: 12, y0: focusBottom + 12, x1: width - 12, y1: HORIZONTAL_HEIGHT - 4 },
      lanes,
      laneSize,
      fontSize: 12,
    };
  }
  return {
    orientation,
    width,
    height: VERTICAL_HEIGHT,
    overview: { x0: 8, y0: 4, x1: width - 8, y1: 52 },
    focus: { x0: 0, y0: 72, x1: width - 4, y1: VERTICAL_HEIGHT - 8 },
    lanes: 4,
    laneSize: 12,
    fontSize: 12,
  };
}
