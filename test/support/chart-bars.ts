// Reads a rendered chart like a person would: finds the x axis (the long dark line) and counts the
// bars standing on it, i.e. the runs of series colours in the row just above the axis.
import { CHART_COLORS, SERIES_COLORS, type Rgb } from '../../flows/reports/chart.js';

export interface Pixels {
  width: number;
  height: number;
  data: Uint8Array | Buffer;
}

function colorAt(p: Pixels, x: number, y: number): Rgb {
  const i = (y * p.width + x) * 4;
  return [p.data[i] ?? 0, p.data[i + 1] ?? 0, p.data[i + 2] ?? 0];
}

const same = (a: Rgb, b: Rgb): boolean => a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

/** The lowest row that is axis-coloured over more than half the width. */
export function axisRow(p: Pixels): number {
  for (let y = p.height - 1; y >= 0; y--) {
    let run = 0;
    for (let x = 0; x < p.width; x++) if (same(colorAt(p, x, y), CHART_COLORS.axis)) run += 1;
    if (run > p.width / 2) return y;
  }
  throw new Error('no x axis found in the chart');
}

/** Bars: runs of series colours in the row above the axis. */
export function countBars(p: Pixels): number {
  const y = axisRow(p) - 1;
  let bars = 0;
  let inBar = false;
  for (let x = 0; x < p.width; x++) {
    const isBar = SERIES_COLORS.some((c) => same(c, colorAt(p, x, y)));
    if (isBar && !inBar) bars += 1;
    inBar = isBar;
  }
  return bars;
}
