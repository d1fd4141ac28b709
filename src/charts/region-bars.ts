/**
 * Horizontal bars of one rate by area (highest first), values written at the bar ends, and a
 * dashed reference rule (England).
 */
import * as Plot from '@observablehq/plot';
import { withoutMarkLabels } from './aria';
import { textWidth } from './end-labels';
import { pct } from '../lib/format';

export interface Bar {
  name: string;
  value: number | null;
  colour: string;
}

export interface RegionBarsOptions {
  document: Document;
  /** X axis label, e.g. "Persistent absence (%)". */
  xLabel: string;
  width?: number;
  reference?: { name: string; value: number | null };
}

export function regionBars(bars: readonly Bar[], options: RegionBarsOptions): SVGSVGElement | HTMLElement {
  const { document, xLabel, width = 720, reference } = options;
  const known = bars.filter((b) => b.value !== null).sort((a, b) => b.value! - a.value! || a.name.localeCompare(b.name));
  const missing = bars.filter((b) => b.value === null);
  const order = [...known, ...missing].map((b) => b.name);
  const marginLeft = Math.max(...bars.map((b) => textWidth(b.name, 12))) + 12;
  const rows = known.map((b) => ({ ...b, label: pct(b.value) }));
  const ref = reference && reference.value !== null ? [{ ...reference, label: `${reference.name} ${pct(reference.value)}` }] : [];

  return withoutMarkLabels(Plot.plot({
    document,
    width,
    height: 34 + order.length * 26 + 40,
    marginLeft,
    marginRight: 56,
    marginTop: 30,
    style: { fontSize: '12px', overflow: 'visible' },
    x: { label: xLabel, grid: true, zero: true, nice: true },
    y: { domain: order, label: null },
    marks: [
      Plot.barX(rows, { x: 'value', y: 'name', fill: 'colour' }),
      Plot.text(rows, { x: 'value', y: 'name', text: 'label', textAnchor: 'start', dx: 4, fill: 'currentColor' }),
      Plot.text(missing, { x: 0, y: 'name', text: () => 'no data', textAnchor: 'start', dx: 4, fill: 'currentColor' }),
      Plot.ruleX(ref, { x: 'value', stroke: 'currentColor', strokeDasharray: '5,4', strokeWidth: 1.5 }),
      Plot.text(ref, { x: 'value', frameAnchor: 'top', dy: -18, text: 'label', fill: 'currentColor' }),
      Plot.ruleX([0]),
    ],
  }));
}
