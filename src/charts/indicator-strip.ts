/**
 * One indicator by region for one year: each region's value as a bold tick, its LAs as small dots
 * on the same row, and England as a dashed reference line. Northern regions are drawn in colour,
 * the others in the theme's text colour, so the North stands out. Region values are listed at the right.
 */
import * as Plot from '@observablehq/plot';
import { withoutMarkLabels } from './aria';
import { isNorth } from './indicator-palette';
import { REGION_COLOURS } from './palette';
import { fixed } from '../lib/format';

export interface StripData {
  regions: { name: string; value: number }[];
  las: { name: string; region: string; value: number }[];
  england: number | null;
}

export interface StripOptions {
  document: Document;
  xLabel: string;
  digits?: number;
  width?: number;
}

const colourOf = (region: string) => (isNorth(region) ? REGION_COLOURS[region] : 'currentColor');

/** LAs more than three interquartile ranges beyond the middle half of all LAs (e.g. the Isles of Scilly), with their side. */
function farOut<T extends { value: number }>(las: readonly T[]): (T & { high: boolean })[] {
  const sorted = las.map((d) => d.value).sort((a, b) => a - b);
  if (sorted.length < 8) return [];
  const q = (p: number) => sorted[Math.floor(p * (sorted.length - 1))];
  const [q1, q3] = [q(0.25), q(0.75)];
  return las
    .filter((d) => d.value > q3 + 3 * (q3 - q1) || d.value < q1 - 3 * (q3 - q1))
    .map((d) => ({ ...d, high: d.value > q3 }));
}

export function indicatorStrip(data: StripData, options: StripOptions): SVGSVGElement | HTMLElement {
  const { document, xLabel, digits = 1, width = 720 } = options;
  const order = [...data.regions].sort((a, b) => b.value - a.value).map((r) => r.name);
  const narrow = width < 520;
  const values = [...data.regions, ...data.las].map((d) => d.value).concat(data.england ?? []);
  const format = (v: number) => fixed(v, digits);
  const outliers = farOut(data.las);
  return withoutMarkLabels(
    Plot.plot({
      document,
      width,
      height: 44 + order.length * (narrow ? 34 : 38),
      marginLeft: narrow ? 118 : 196,
      marginBottom: 40,
      marginRight: 48,
      marginTop: 28,
      style: { fontSize: narrow ? '11px' : '13px', overflow: 'visible' },
      x: {
        label: xLabel,
        grid: true,
        nice: true,
        domain: [Math.min(...values), Math.max(...values)],
        labelAnchor: 'left',
      },
      y: {
        domain: order,
        label: null,
        tickFormat: (name: string) => (narrow ? name.replace('Yorkshire and The Humber', 'Yorks & Humber') : name),
      },
      marks: [
        ...(data.england === null
          ? []
          : [
              Plot.ruleX([data.england], { stroke: 'currentColor', strokeDasharray: '5,4', strokeOpacity: 0.8 }),
              Plot.text([data.england], {
                x: (d: number) => d,
                frameAnchor: 'top',
                dy: -16,
                text: (d: number) => `England ${format(d)}`,
                fill: 'currentColor',
                fontSize: 11,
              }),
            ]),
        Plot.dot(data.las, {
          x: 'value',
          y: 'region',
          r: 2.6,
          fill: (d) => colourOf(d.region),
          fillOpacity: 0.45,
          stroke: null,
        }),
        Plot.tickX(data.regions, { x: 'value', y: 'name', stroke: (d) => colourOf(d.name), strokeWidth: 4 }),
        // The LAs that stretch the axis are named (towards the middle, so the name stays inside the chart).
        ...(['high', 'low'] as const).map((side) =>
          Plot.text(
            outliers.filter((d) => d.high === (side === 'high')),
            {
              x: 'value',
              y: 'region',
              dy: -9,
              text: 'name',
              textAnchor: side === 'high' ? 'end' : 'start',
              fill: 'currentColor',
              fontSize: 11,
            },
          ),
        ),
        Plot.text(data.regions, {
          y: 'name',
          frameAnchor: 'right',
          textAnchor: 'end',
          dx: 44,
          text: (d) => format(d.value),
          fill: 'currentColor',
          fontWeight: 700,
        }),
      ],
    }),
  );
}
