/**
 * Line chart of absence over academic years, one line per series, with the COVID periods as
 * labelled bands and 2019/20 as a gap (lines break on missing values, never bridge them).
 */
import * as Plot from '@observablehq/plot';
import { PERIODS, startYear } from '../config/periods';
import { yearTick } from './format';
import { CATEGORICAL, PERIOD_FILLS } from './palette';

export interface TrendPoint {
  year: string;
  series: string;
  value: number | null;
}

export interface TrendChartOptions {
  document: Document;
  /** Y axis label, e.g. "Overall absence (%)". */
  yLabel: string;
  width?: number;
  height?: number;
  /** Series -> colour; unlisted series take the categorical palette in order. */
  colours?: Record<string, string>;
  /** A series drawn as a dashed reference line (e.g. England). */
  reference?: string;
  /** Draw the period bands (default true). */
  periods?: boolean;
  /** Add pointer tips (browser only). */
  interactive?: boolean;
}

export function trendChart(data: readonly TrendPoint[], options: TrendChartOptions): SVGSVGElement | HTMLElement {
  const { document, yLabel, width = 720, height = 360, reference, interactive = false } = options;
  const points = data.map((d) => ({ ...d, x: startYear(d.year), value: d.value ?? NaN }));
  const years = points.map((p) => p.x);
  const [minX, maxX] = [Math.min(...years), Math.max(...years)];
  const series = [...new Set(points.map((p) => p.series))];
  const colours = series.map((s, i) => options.colours?.[s] ?? CATEGORICAL[i % CATEGORICAL.length]);
  const bands = (options.periods ?? true)
    ? PERIODS.map((p) => ({ ...p, x1: startYear(p.from) - 0.5, x2: Math.min(p.to === null ? maxX : startYear(p.to), maxX) + 0.5 }))
        .filter((p) => p.x2 > minX && p.x1 < maxX)
        .map((p) => ({ ...p, x1: Math.max(p.x1, minX - 0.5) }))
    : [];
  const byLine = (ref: boolean) => points.filter((p) => (p.series === reference) === ref);

  return Plot.plot({
    document,
    width,
    height,
    marginRight: 110,
    marginLeft: 48,
    style: { fontSize: '13px', overflow: 'visible' },
    x: { domain: [minX - 0.5, maxX + 0.5], ticks: years.filter((v, i, a) => a.indexOf(v) === i), tickFormat: yearTick, label: null, tickRotate: width < 520 ? -45 : 0 },
    y: { label: yLabel, grid: true, zero: true, nice: true },
    color: { domain: series, range: colours },
    marks: [
      Plot.rect(bands, { x1: 'x1', x2: 'x2', fill: (d) => PERIOD_FILLS[d.id], fillOpacity: 0.12 }),
      Plot.text(bands.filter((b) => b.id !== 'gap'), { x: (d) => (d.x1 + d.x2) / 2, frameAnchor: 'top', dy: 4, text: 'label', fill: 'currentColor', fillOpacity: 0.8, fontSize: 11 }),
      Plot.ruleY([0]),
      Plot.lineY(byLine(true), { x: 'x', y: 'value', z: 'series', stroke: 'series', strokeDasharray: '5,4', strokeWidth: 2 }),
      Plot.lineY(byLine(false), { x: 'x', y: 'value', z: 'series', stroke: 'series', strokeWidth: 2.5 }),
      Plot.dot(points, { x: 'x', y: 'value', fill: 'series', r: 3 }),
      Plot.text(points, Plot.selectLast({ x: 'x', y: 'value', z: 'series', text: 'series', fill: 'series', textAnchor: 'start', dx: 8, fontWeight: 600 })),
      ...(interactive ? [Plot.tip(points, Plot.pointer({ x: 'x', y: 'value', title: (d) => `${d.series}, ${yearTick(d.x)}: ${Number.isNaN(d.value) ? 'no data' : `${d.value.toFixed(1)}%`}` }))] : []),
    ],
  });
}
