/**
 * An indicator over academic years, one line per area. Highlighted series (the North) are drawn in
 * colour with end labels (text in the theme's colour, for contrast); the rest in the theme's text colour,
 * thin; the reference (England) dashed.
 * Missing years break the lines: they are never bridged.
 */
import * as Plot from '@observablehq/plot';
import { withoutMarkLabels } from './aria';
import { startYear } from '../config/periods';
import { yearTick } from '../lib/format';

export interface TrendValue {
  year: string;
  series: string;
  value: number | null;
}

export interface IndicatorTrendOptions {
  document: Document;
  yLabel: string;
  /** Series drawn in colour and labelled, with their colours. */
  highlight: Record<string, string>;
  /** A series drawn dashed and labelled (e.g. England). */
  reference?: string;
  digits?: number;
  width?: number;
  height?: number;
  /** Start the y axis at zero (for shares); off for scores. */
  zero?: boolean;
}

/** The last point of each labelled series, nudged apart vertically so end labels never overlap. */
function endLabels<P extends TrendValue & { x: number; y: number }>(points: readonly P[], minGap: number): (P & { ly: number })[] {
  const last = new Map<string, P>();
  for (const p of points) if (!Number.isNaN(p.y) && (!last.has(p.series) || last.get(p.series)!.x < p.x)) last.set(p.series, p);
  const sorted = [...last.values()].sort((a, b) => b.y - a.y);
  const placed: (P & { ly: number })[] = [];
  for (const p of sorted) placed.push({ ...p, ly: placed.length ? Math.min(p.y, placed[placed.length - 1].ly - minGap) : p.y });
  return placed;
}

export function indicatorTrend(data: readonly TrendValue[], options: IndicatorTrendOptions): SVGSVGElement | HTMLElement {
  const { document, yLabel, highlight, reference, digits = 1, width = 720, height = 380, zero = false } = options;
  const points = data.map((d) => ({ ...d, x: startYear(d.year), y: d.value ?? NaN }));
  const xs = [...new Set(points.map((p) => p.x))].sort((a, b) => a - b);
  const narrow = width < 520;
  const kind = (p: TrendValue) => (p.series === reference ? 'reference' : p.series in highlight ? 'highlight' : 'muted');
  const of = (k: string) => points.filter((p) => kind(p) === k);
  const labelled = points.filter((p) => kind(p) !== 'muted' && !Number.isNaN(p.y));
  const colour = (p: TrendValue) => highlight[p.series] ?? 'currentColor';
  const ys = points.filter((p) => !Number.isNaN(p.y)).map((p) => p.y).concat(zero ? [0] : []);
  const labels = endLabels(labelled, ((Math.max(...ys) - Math.min(...ys)) * 15) / (height - 60));
  return withoutMarkLabels(Plot.plot({
    document,
    width,
    height,
    marginLeft: 48,
    marginRight: narrow ? 132 : 205,
    marginBottom: width < 640 ? 64 : 30,
    style: { fontSize: narrow ? '11px' : '13px', overflow: 'visible' },
    x: { domain: [xs[0] - 0.3, xs[xs.length - 1] + 0.3], ticks: xs, tickFormat: yearTick, label: null, tickRotate: width < 640 ? -45 : 0 },
    y: { label: yLabel, grid: true, zero, nice: true },
    marks: [
      Plot.lineY(of('muted'), { x: 'x', y: 'y', z: 'series', stroke: 'currentColor', strokeOpacity: 0.35, strokeWidth: 1.25 }),
      Plot.lineY(of('reference'), { x: 'x', y: 'y', z: 'series', stroke: 'currentColor', strokeDasharray: '6,4', strokeWidth: 2 }),
      Plot.lineY(of('highlight'), { x: 'x', y: 'y', z: 'series', stroke: colour, strokeWidth: 2.5 }),
      Plot.dot(labelled, { x: 'x', y: 'y', fill: colour, r: 3 }),
      Plot.text(labels, {
        x: 'x', y: 'ly', text: (d: TrendValue) => `${narrow ? d.series.replace('Yorkshire and The Humber', 'Yorks & Humber') : d.series} ${d.value!.toFixed(digits)}`,
        fill: 'currentColor', textAnchor: 'start', dx: 7, fontWeight: 600,
      }),
    ],
  }));
}
