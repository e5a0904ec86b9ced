// The weekly chart: NIBs issued per kecamatan per week as grouped bars, drawn into an RGBA bitmap
// (the PNG encoding happens below, in workers/). One group per week, one bar per kecamatan that
// issued any NIB in the weeks shown; a week where a kecamatan issued none has no bar.
import { GLYPH_HEIGHT, GLYPH_SPACING, GLYPH_WIDTH, glyphCells, textWidth } from './font.js';

export type Rgb = readonly [number, number, number];

export interface Bitmap {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8Array;
}

export interface ChartSeries {
  label: string;
  /** One count per week, in the weeks' order. */
  counts: number[];
}

export interface WeeklyChart {
  title: string;
  /** The weeks' labels ("16/11"), oldest first. */
  weeks: string[];
  series: ChartSeries[];
  /** Shown in the plot when there is no bar at all. */
  emptyText: string;
}

export const CHART_COLORS = {
  background: [255, 255, 255] as Rgb,
  axis: [60, 60, 60] as Rgb,
  grid: [228, 228, 228] as Rgb,
  text: [30, 30, 30] as Rgb,
};

/** One colour per kecamatan (repeating after ten); distinct from the background, axis, grid and text. */
export const SERIES_COLORS: readonly Rgb[] = [
  [31, 119, 180], [255, 127, 14], [44, 160, 44], [214, 39, 40], [148, 103, 189],
  [140, 86, 75], [227, 119, 194], [188, 189, 34], [23, 190, 207], [127, 127, 127],
];

const WIDTH = 900;
const MARGIN = 16;
const AXIS_LEFT = 56;
const PLOT_HEIGHT = 260;
const TITLE_SCALE = 2;
const LABEL_SCALE = 2;
const VALUE_SCALE = 1;
const SWATCH = 12;
const LINE = GLYPH_HEIGHT * LABEL_SCALE + 8;
const GROUP_PADDING = 14;
/** Between the bars of a group; narrower when many kecamatan share a group. */
const barGap = (series: number): number => (series > 20 ? 2 : 4);
/** Room above the tallest bar for its value. */
const VALUE_ROOM = 14;

export function createBitmap(width: number, height: number, color: Rgb): Bitmap {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < data.length; i += 4) data.set([color[0], color[1], color[2], 255], i);
  return { width, height, data };
}

export function fillRect(b: Bitmap, x: number, y: number, w: number, h: number, color: Rgb): void {
  const x0 = Math.max(0, Math.round(x));
  const y0 = Math.max(0, Math.round(y));
  const x1 = Math.min(b.width, Math.round(x + w));
  const y1 = Math.min(b.height, Math.round(y + h));
  for (let row = y0; row < y1; row++) {
    for (let col = x0; col < x1; col++) b.data.set([color[0], color[1], color[2], 255], (row * b.width + col) * 4);
  }
}

export function drawText(b: Bitmap, text: string, x: number, y: number, color: Rgb, scale: number): void {
  [...text].forEach((char, i) => {
    const left = x + i * (GLYPH_WIDTH + GLYPH_SPACING) * scale;
    for (const [cx, cy] of glyphCells(char)) fillRect(b, left + cx * scale, y + cy * scale, scale, scale, color);
  });
}

/** Legend entries laid out in rows that fit the width: [x, y] per series, and the height used. */
function legendLayout(series: readonly ChartSeries[], top: number): { at: [number, number][]; height: number } {
  const at: [number, number][] = [];
  let x = AXIS_LEFT;
  let y = top;
  for (const s of series) {
    const width = SWATCH + 6 + textWidth(s.label, LABEL_SCALE) + 18;
    if (x + width > WIDTH - MARGIN && x > AXIS_LEFT) [x, y] = [AXIS_LEFT, y + LINE];
    at.push([x, y]);
    x += width;
  }
  return { at, height: series.length === 0 ? 0 : y - top + LINE };
}

/** A step of 1, 2 or 5 × 10ⁿ giving at most four grid lines up to `max`. */
export function gridStep(max: number): number {
  const rough = Math.max(1, max / 4);
  const power = 10 ** Math.floor(Math.log10(rough));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough) ?? rough;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** The x axis' row: bars stand on the row above it. */
  baseline: number;
  plotLeft: number;
  plotRight: number;
  legendTop: number;
}

export function chartLayout(chart: WeeklyChart): ChartLayout {
  const legendTop = MARGIN + GLYPH_HEIGHT * TITLE_SCALE + 12;
  const legend = legendLayout(chart.series, legendTop);
  const baseline = legendTop + legend.height + 8 + PLOT_HEIGHT;
  return { width: WIDTH, height: baseline + 1 + 12 + LINE, baseline, plotLeft: AXIS_LEFT, plotRight: WIDTH - MARGIN, legendTop };
}

/** How many bars the chart draws: one per week and kecamatan with at least one NIB. */
export function barCount(chart: WeeklyChart): number {
  return chart.series.reduce((n, s) => n + s.counts.filter((c) => c > 0).length, 0);
}

function drawGrid(b: Bitmap, layout: ChartLayout, max: number, unit: number): void {
  const step = gridStep(max);
  for (let value = step; value <= max; value += step) {
    const y = layout.baseline - Math.round(value * unit);
    fillRect(b, layout.plotLeft + 1, y, layout.plotRight - layout.plotLeft - 1, 1, CHART_COLORS.grid);
    const label = String(value);
    drawText(b, label, layout.plotLeft - 8 - textWidth(label, VALUE_SCALE), y - 3, CHART_COLORS.text, VALUE_SCALE);
  }
}

function drawBars(b: Bitmap, chart: WeeklyChart, layout: ChartLayout, unit: number): void {
  const groupWidth = (layout.plotRight - layout.plotLeft) / Math.max(1, chart.weeks.length);
  const n = Math.max(1, chart.series.length);
  const gap = barGap(n);
  const barWidth = Math.max(3, Math.floor((groupWidth - 2 * GROUP_PADDING - gap * (n - 1)) / n));
  chart.weeks.forEach((week, w) => {
    const groupLeft = layout.plotLeft + w * groupWidth;
    chart.series.forEach((s, i) => {
      const count = s.counts[w] ?? 0;
      if (count <= 0) return;
      const x = Math.round(groupLeft + GROUP_PADDING + i * (barWidth + gap));
      const height = Math.max(2, Math.round(count * unit));
      fillRect(b, x, layout.baseline - height, barWidth, height, SERIES_COLORS[i % SERIES_COLORS.length] ?? CHART_COLORS.axis);
      const value = String(count);
      if (textWidth(value, VALUE_SCALE) <= barWidth + gap) {
        drawText(b, value, x + (barWidth - textWidth(value, VALUE_SCALE)) / 2, layout.baseline - height - 2 - GLYPH_HEIGHT, CHART_COLORS.text, VALUE_SCALE);
      }
    });
    const labelX = groupLeft + (groupWidth - textWidth(week, LABEL_SCALE)) / 2;
    drawText(b, week, labelX, layout.baseline + 12, CHART_COLORS.text, LABEL_SCALE);
  });
}

function drawLegend(b: Bitmap, chart: WeeklyChart, layout: ChartLayout): void {
  legendLayout(chart.series, layout.legendTop).at.forEach(([x, y], i) => {
    fillRect(b, x, y + 1, SWATCH, SWATCH, SERIES_COLORS[i % SERIES_COLORS.length] ?? CHART_COLORS.axis);
    drawText(b, chart.series[i]?.label ?? '', x + SWATCH + 6, y, CHART_COLORS.text, LABEL_SCALE);
  });
}

export function renderChart(chart: WeeklyChart): Bitmap {
  const layout = chartLayout(chart);
  const b = createBitmap(layout.width, layout.height, CHART_COLORS.background);
  drawText(b, chart.title, MARGIN, MARGIN, CHART_COLORS.text, TITLE_SCALE);
  drawLegend(b, chart, layout);
  const max = Math.max(0, ...chart.series.flatMap((s) => s.counts));
  const unit = max === 0 ? 0 : (PLOT_HEIGHT - VALUE_ROOM) / max;
  if (max > 0) drawGrid(b, layout, max, unit);
  else drawText(b, chart.emptyText, layout.plotLeft + 24, layout.baseline - PLOT_HEIGHT / 2, CHART_COLORS.text, LABEL_SCALE);
  drawBars(b, chart, layout, unit);
  fillRect(b, layout.plotLeft, layout.baseline - PLOT_HEIGHT, 1, PLOT_HEIGHT + 1, CHART_COLORS.axis);
  fillRect(b, layout.plotLeft, layout.baseline, layout.plotRight - layout.plotLeft, 1, CHART_COLORS.axis);
  return b;
}
