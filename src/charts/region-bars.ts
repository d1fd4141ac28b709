/**
 * Horizontal bars of one rate by area (highest first), values in a column at the right (where the
 * reference rule never crosses them), a dashed reference rule (England) and a key of the bar colours.
 */
import * as Plot from '@observablehq/plot';
import { withoutMarkLabels } from './aria';
import { textWidth } from './end-labels';
import { pct } from '../lib/format';
import { svgEl } from './svg';

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
  /** What the bar colours mean, drawn above the bars. */
  key?: readonly { label: string; colour: string }[];
}

const KEY_ROW = 22;

export function regionBars(bars: readonly Bar[], options: RegionBarsOptions): SVGSVGElement | HTMLElement {
  const { document, xLabel, width = 720, reference, key = [] } = options;
  const known = bars
    .filter((b) => b.value !== null)
    .sort((a, b) => b.value! - a.value! || a.name.localeCompare(b.name));
  const missing = bars.filter((b) => b.value === null);
  const order = [...known, ...missing].map((b) => b.name);
  const marginLeft = Math.max(...bars.map((b) => textWidth(b.name, 12))) + 12;
  const rows = known.map((b) => ({ ...b, label: pct(b.value) }));
  const ref =
    reference && reference.value !== null ? [{ ...reference, label: `${reference.name} ${pct(reference.value)}` }] : [];

  const svg = withoutMarkLabels(
    Plot.plot({
      document,
      width,
      height: 34 + (key.length ? KEY_ROW : 0) + order.length * 26 + 40,
      marginLeft,
      marginRight: 56,
      marginTop: 30 + (key.length ? KEY_ROW : 0),
      marginBottom: 48,
      style: { fontSize: '12px', overflow: 'visible' },
      x: { label: xLabel, grid: true, zero: true, nice: true },
      y: { domain: order, label: null },
      marks: [
        Plot.barX(rows, { x: 'value', y: 'name', fill: 'colour' }),
        Plot.text(rows, {
          y: 'name',
          frameAnchor: 'right',
          dx: 52,
          text: 'label',
          textAnchor: 'end',
          fill: 'currentColor',
        }),
        Plot.text(missing, {
          x: 0,
          y: 'name',
          text: () => 'no data',
          textAnchor: 'start',
          dx: 4,
          fill: 'currentColor',
        }),
        Plot.ruleX(ref, { x: 'value', stroke: 'currentColor', strokeDasharray: '5,4', strokeWidth: 1.5 }),
        Plot.text(ref, { x: 'value', frameAnchor: 'top', dy: -18, text: 'label', fill: 'currentColor' }),
        Plot.ruleX([0]),
      ],
    }),
  );
  if (key.length) {
    const g = svgEl(document, 'g', { class: 'key', 'font-size': 12, 'text-anchor': 'start' });
    let x = 0;
    for (const item of key) {
      g.append(
        svgEl(document, 'rect', { x, y: 4, width: 12, height: 12, fill: item.colour }),
        svgEl(document, 'text', { x: x + 17, y: 14, fill: 'currentColor' }, item.label),
      );
      x += 17 + textWidth(item.label, 12) + 16;
    }
    svg.append(g);
  }
  return svg;
}
