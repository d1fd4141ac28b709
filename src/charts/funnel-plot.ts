/**
 * Funnel plot: each LA's rate against its number of pupils (log scale), with the target (England) and
 * control limits that narrow as pupils grow. Points are filled in their class colour; LAs with few pupils
 * are drawn hollow (their rate is less certain). Limits and the target are greys, never a class colour.
 */
import * as Plot from '@observablehq/plot';
import { withoutMarkLabels } from './aria';
import { textWidth } from './end-labels';
import { int, pct } from '../lib/format';
import { FUNNEL_CLASS_COLOURS, REFERENCE_GREYS } from './palette';
import { chartKey, lineSwatch, type KeyItem } from './key';
import { svgEl } from './svg';
import { funnelLimits, Z_95, Z_998, type FunnelClass } from '../derive/funnel';

export interface FunnelDatum {
  name: string;
  n: number;
  /** Percent. */
  rate: number;
  cls: FunnelClass;
  few: boolean;
}

export interface FunnelPlotOptions {
  document: Document;
  /** Target proportion (0-1), e.g. England's rate. */
  p0: number;
  target: string;
  /** Between-LA variance for the random-effects limits (0: not drawn). */
  tau2: number;
  yLabel: string;
  fewLabel: string;
  width?: number;
  interactive?: boolean;
}

const CLASS_LABELS: Record<FunnelClass, string> = {
  above: 'Above 99.8% limit',
  within: 'Within limits',
  below: 'Below 99.8% limit',
};
const LIMIT_STYLES = [
  { label: '95% limits', z: Z_95, dash: '5,4', random: false },
  { label: '99.8% limits', z: Z_998, dash: '', random: false },
  { label: '99.8% allowing for spread between LAs', z: Z_998, dash: '1.5,3', random: true },
];

/** Pupil-count ticks on the log axis inside the domain, e.g. at 1, 2 and 5 times each power of ten. */
function logTicks(min: number, max: number, steps: readonly number[]): number[] {
  const ticks: number[] = [];
  for (let p = 10 ** Math.floor(Math.log10(min)); p <= max; p *= 10)
    for (const m of steps) if (m * p >= min && m * p <= max) ticks.push(m * p);
  return ticks;
}

const shortInt = (v: number) => (v >= 1000 ? `${v / 1000}k` : String(v));

function keyItems(document: Document, fewLabel: string, hasRandom: boolean): KeyItem[] {
  return [
    ...(Object.keys(CLASS_LABELS) as FunnelClass[]).map((cls) => ({
      label: CLASS_LABELS[cls],
      swatch: (g: SVGGElement) =>
        g.append(svgEl(document, 'circle', { cx: 5, cy: 0, r: 4.5, fill: FUNNEL_CLASS_COLOURS[cls] })),
    })),
    {
      label: fewLabel,
      swatch: (g: SVGGElement) =>
        g.append(
          svgEl(document, 'circle', { cx: 5, cy: 0, r: 4, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.5 }),
        ),
    },
    ...LIMIT_STYLES.filter((l) => hasRandom || !l.random).map((l) => ({
      label: l.label,
      swatch: lineSwatch(document, REFERENCE_GREYS.england, l.dash, 1.5),
    })),
  ];
}

export function funnelPlot(data: readonly FunnelDatum[], options: FunnelPlotOptions): SVGSVGElement | HTMLElement {
  const { document, p0, tau2, width = 720, interactive = false } = options;
  const ns = data.map((d) => d.n);
  const [minN, maxN] = [Math.min(...ns) * 0.8, Math.max(...ns) * 1.25];
  const grid = Array.from({ length: 81 }, (_, i) => minN * (maxN / minN) ** (i / 80));
  const limits = LIMIT_STYLES.filter((l) => !l.random || tau2 > 0).flatMap((l) =>
    (['lower', 'upper'] as const).map((side) => ({
      ...l,
      side,
      points: grid.map((n) => ({
        n,
        y: 100 * funnelLimits(p0, n, l.z, l.random ? tau2 : 0)[side === 'lower' ? 0 : 1],
      })),
    })),
  );
  const ys = [
    ...data.map((d) => d.rate),
    ...limits.flatMap((l) => l.points.filter((p) => p.n >= Math.min(...ns)).map((p) => p.y)),
  ];
  // The key, then the y axis label, above the plot.
  const key = chartKey(document, keyItems(document, options.fewLabel, tau2 > 0), width);
  const marginTop = key.height + 26;
  const targetLabel = `${options.target} ${pct(100 * p0)}`;
  const svg = Plot.plot({
    document,
    width,
    height: Math.round(Math.min(460, Math.max(320, width * 0.62))) + marginTop,
    marginTop,
    marginLeft: 48,
    marginRight: Math.min(textWidth(targetLabel, 11) + 12, 110),
    marginBottom: 40,
    style: { fontSize: '12px', overflow: 'visible' },
    x: { type: 'log', domain: [minN, maxN], axis: null },
    y: { label: null, domain: [Math.max(0, Math.min(...ys) - 1), Math.max(...ys) + 1], grid: true, nice: true },
    marks: [
      // Plot formats log ticks its own way unless each tick's text is given.
      Plot.axisX(logTicks(minN, maxN, width < 520 ? [1] : [1, 2, 5]), {
        text: (v: number) => shortInt(v),
        label: 'Pupils (log scale) →',
        labelAnchor: 'right',
      }),
      Plot.ruleY([100 * p0], { stroke: REFERENCE_GREYS.england, strokeWidth: 1.5 }),
      Plot.text([targetLabel], {
        x: maxN,
        y: 100 * p0,
        dx: 4,
        textAnchor: 'start',
        fill: 'currentColor',
        fontSize: 11,
      }),
      ...limits.map((l) =>
        Plot.line(l.points, {
          x: 'n',
          y: 'y',
          stroke: REFERENCE_GREYS.england,
          strokeWidth: 1.25,
          strokeDasharray: l.dash || undefined,
        }),
      ),
      Plot.dot(
        data.filter((d) => !d.few),
        {
          x: 'n',
          y: 'rate',
          r: 3.5,
          fill: (d: FunnelDatum) => FUNNEL_CLASS_COLOURS[d.cls],
          stroke: 'var(--bg, #ffffff)',
          strokeWidth: 0.5,
        },
      ),
      Plot.dot(
        data.filter((d) => d.few),
        {
          x: 'n',
          y: 'rate',
          r: 3.5,
          fill: 'none',
          stroke: (d: FunnelDatum) => FUNNEL_CLASS_COLOURS[d.cls],
          strokeWidth: 1.75,
        },
      ),
      ...(interactive
        ? [
            Plot.tip(
              data,
              Plot.pointer({
                x: 'n',
                y: 'rate',
                title: (d: FunnelDatum) =>
                  `${d.name}: ${pct(d.rate)} of ${int(d.n)} pupils (${CLASS_LABELS[d.cls].toLowerCase()})`,
              }),
            ),
          ]
        : []),
    ],
  }) as unknown as SVGSVGElement;
  svg.append(
    key.group,
    svgEl(
      document,
      'text',
      { x: 4, y: marginTop - 12, 'font-size': 12, 'text-anchor': 'start', fill: 'currentColor' },
      `↑ ${options.yLabel}`,
    ),
  );
  return withoutMarkLabels(svg);
}
