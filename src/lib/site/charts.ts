// Chart geometry computed at build time with d3-scale/d3-shape (no DOM): pages write
// the SVG elements from these numbers and path strings, so charts need no script.
// Time runs right-to-left (oldest month at the inline start of an RTL page), matching
// the reading direction of the surrounding text.
import { scaleBand, scaleLinear, area, line, curveMonotoneX } from 'd3';
import type { MonthBucket } from './timeline';

export interface BarChart {
  width: number;
  height: number;
  /** Baseline y of the plot. */
  baseline: number;
  bars: { month: string; count: number; x: number; y: number; width: number; height: number }[];
  yTicks: { value: number; y: number }[];
  /** Months that get an axis label (about one per year, or each month on short ranges). */
  xLabels: { month: string; x: number }[];
}

const MARGIN = { top: 12, bottom: 28, side: 34 };

export function monthBarChart(months: MonthBucket[], width = 720, height = 220): BarChart {
  const plotEnd = width - MARGIN.side;
  const x = scaleBand<string>()
    .domain(months.map((m) => m.month))
    .range([plotEnd, 8])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const max = Math.max(1, ...months.map((m) => m.count));
  const baseline = height - MARGIN.bottom;
  const y = scaleLinear().domain([0, max]).nice().range([baseline, MARGIN.top]);
  const bars = months.map((m) => ({
    month: m.month,
    count: m.count,
    x: round(x(m.month) ?? 0),
    y: round(y(m.count)),
    width: round(Math.max(1, x.bandwidth())),
    height: round(baseline - y(m.count)),
  }));
  const yTicks = y.ticks(Math.min(4, max)).filter(Number.isInteger).map((value) => ({ value, y: round(y(value)) }));
  // Few months: label each; otherwise label January of each year (and the first month).
  const xLabels = months
    .filter((m, i) => months.length <= 6 || m.month.endsWith('-01') || i === 0)
    .map((m) => ({ month: m.month, x: round((x(m.month) ?? 0) + x.bandwidth() / 2) }));
  return { width, height, baseline, bars, yTicks, xLabels };
}

export interface SparkChart {
  width: number;
  height: number;
  linePath: string;
  areaPath: string;
  points: { month: string; count: number; x: number; y: number }[];
  max: number;
}

/** A small line+area chart of counts per month (actor mentions over time). */
export function monthSparkline(months: MonthBucket[], width = 360, height = 90): SparkChart {
  const pad = 6;
  const max = Math.max(1, ...months.map((m) => m.count));
  const x = scaleLinear()
    .domain([0, Math.max(1, months.length - 1)])
    .range([width - pad, pad]);
  const y = scaleLinear().domain([0, max]).range([height - pad, pad]);
  const points = months.map((m, i) => ({ month: m.month, count: m.count, x: round(x(i)), y: round(y(m.count)) }));
  const lineGen = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y)
    .curve(curveMonotoneX)
    // One decimal is a tenth of a pixel at the chart's size; d3's default of three was most of the
    // path's bytes, written into every actor page.
    .digits(1);
  const areaGen = area<{ x: number; y: number }>()
    .x((p) => p.x)
    .y0(height - pad)
    .y1((p) => p.y)
    .curve(curveMonotoneX)
    .digits(1);
  // A single month still deserves a visible mark: draw it as a short flat segment.
  const pts = points.length === 1 ? [{ ...points[0], x: width - pad }, { ...points[0], x: pad }] : points;
  return { width, height, linePath: lineGen(pts) ?? '', areaPath: areaGen(pts) ?? '', points, max };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
