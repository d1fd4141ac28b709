/**
 * An indicator over academic years, one line per area. Highlighted series (the North) are drawn in
 * colour with direct end labels and values; the rest thin in context grey; the reference (England)
 * grey, dashed and labelled. Missing years break the lines: they are never bridged.
 */
import * as Plot from '@observablehq/plot';
import { withoutMarkLabels } from './aria';
import { startYear } from '../config/periods';
import { fixed, yearTick } from '../lib/format';
import { addEndLabels, endLabelRoom } from './end-labels';
import { CONTEXT_COLOUR, ENGLAND_COLOUR } from './palette';

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

export function indicatorTrend(
  data: readonly TrendValue[],
  options: IndicatorTrendOptions,
): SVGSVGElement | HTMLElement {
  const { document, yLabel, highlight, reference, digits = 1, width = 720, height = 380, zero = false } = options;
  const points = data.map((d) => ({ ...d, x: startYear(d.year), y: d.value ?? NaN }));
  const xs = [...new Set(points.map((p) => p.x))].sort((a, b) => a - b);
  const fontSize = width < 520 ? 11 : 12;
  const kind = (p: TrendValue) =>
    p.series === reference ? 'reference' : p.series in highlight ? 'highlight' : 'muted';
  const of = (k: string) => points.filter((p) => kind(p) === k);
  const labelled = points.filter((p) => kind(p) !== 'muted' && !Number.isNaN(p.y));
  const colour = (p: TrendValue) => highlight[p.series] ?? ENGLAND_COLOUR;
  const ends = [...new Set(labelled.map((p) => p.series))].map((s) => labelled.filter((p) => p.series === s).at(-1)!);
  const labels = ends.map((p) => ({
    text: p.series,
    value: fixed(p.value, digits),
    colour: colour(p),
    px: p.x,
    py: p.y,
  }));
  const marginLeft = 48;
  const marginRight = endLabelRoom(labels, fontSize, Math.round(width * 0.42));
  // Academic-year ticks need about 56 px; on narrow charts label every second or third year.
  const tickStep = Math.ceil(56 / ((width - marginLeft - marginRight) / Math.max(1, xs.length)));
  const svg = Plot.plot({
    document,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop: 32,
    marginBottom: 32,
    style: { fontSize: `${fontSize}px`, overflow: 'visible' },
    x: {
      domain: [xs[0] - 0.3, xs[xs.length - 1] + 0.3],
      ticks: xs.filter((_, i) => (xs.length - 1 - i) % tickStep === 0),
      tickFormat: yearTick,
      label: null,
    },
    y: { label: yLabel, grid: true, zero, nice: true },
    marks: [
      Plot.lineY(of('muted'), { x: 'x', y: 'y', z: 'series', stroke: CONTEXT_COLOUR, strokeWidth: 1.25 }),
      Plot.lineY(of('reference'), {
        x: 'x',
        y: 'y',
        z: 'series',
        stroke: ENGLAND_COLOUR,
        strokeDasharray: '6,4',
        strokeWidth: 2,
      }),
      Plot.lineY(of('highlight'), { x: 'x', y: 'y', z: 'series', stroke: colour, strokeWidth: 2.5 }),
      Plot.dot(labelled, { x: 'x', y: 'y', fill: colour, r: 3 }),
    ],
  }) as unknown as SVGSVGElement & { scale(name: 'x' | 'y'): { apply(v: number): number; range: number[] } };
  const [bottom, top] = svg.scale('y').range;
  addEndLabels(
    svg,
    labels.map((l) => ({ ...l, x: svg.scale('x').apply(l.px), y: svg.scale('y').apply(l.py) })),
    { document, top, bottom, right: width, fontSize },
  );
  return withoutMarkLabels(svg);
}
