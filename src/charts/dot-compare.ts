/**
 * Two values per area on one scale: an earlier one (hollow circle) and a later one (filled), joined by a line,
 * areas in the order given. Shape and fill, not hue, tell the two apart; values missing say "no data".
 */
import * as Plot from '@observablehq/plot';
import { withoutMarkLabels } from './aria';
import { textWidth } from './end-labels';
import { pct } from '../lib/format';
import { appendKey } from './chart-key';

export interface DotPair {
  name: string;
  before: number | null;
  after: number | null;
}

export function dotCompare(
  rows: readonly DotPair[],
  options: { document: Document; width?: number; xLabel: string; beforeLabel: string; afterLabel: string },
): SVGSVGElement | HTMLElement {
  const { document, width = 720, xLabel, beforeLabel, afterLabel } = options;
  const fontSize = width < 520 ? 11 : 12;
  const order = rows.map((r) => r.name);
  const both = rows.filter((r) => r.before !== null && r.after !== null);
  const afters = rows.filter((r) => r.after !== null).map((r) => ({ ...r, text: pct(r.after) }));
  const befores = rows.filter((r) => r.before !== null);
  const missing = rows.filter((r) => r.after === null && r.before === null);
  const marginLeft = Math.max(...order.map((n) => textWidth(n, fontSize))) + 10;
  const svg = Plot.plot({
    document,
    width,
    height: rows.length * 26 + 90,
    marginLeft,
    marginRight: 52,
    marginTop: 40,
    marginBottom: 40,
    style: { fontSize: `${fontSize}px`, overflow: 'visible' },
    x: { label: xLabel, grid: true, nice: true, labelAnchor: 'center', labelOffset: 32 },
    y: { domain: order, label: null, tickSize: 0 },
    marks: [
      Plot.link(both, {
        x1: 'before',
        x2: 'after',
        y1: 'name',
        y2: 'name',
        stroke: 'currentColor',
        strokeOpacity: 0.5,
        strokeWidth: 1.5,
      }),
      Plot.dot(befores, { x: 'before', y: 'name', r: 5, stroke: 'currentColor', fill: 'none', strokeWidth: 1.5 }),
      Plot.dot(afters, { x: 'after', y: 'name', r: 5, fill: 'currentColor' }),
      Plot.text(afters, {
        x: (r) => Math.max(r.after!, r.before ?? -Infinity),
        y: 'name',
        text: 'text',
        textAnchor: 'start',
        dx: 9,
        fill: 'currentColor',
      }),
      Plot.text(missing, { frameAnchor: 'left', y: 'name', text: () => 'no data', dx: 4, fill: 'currentColor' }),
    ],
  });
  const root = svg.tagName.toLowerCase() === 'svg' ? svg : svg.querySelector('svg')!;
  appendKey(
    root,
    [
      { label: beforeLabel, colour: 'currentColor', shape: 'ring' },
      { label: afterLabel, colour: 'currentColor', shape: 'dot' },
    ],
    { document, left: marginLeft, top: 14, width: width - marginLeft - 10, fontSize },
  );
  return withoutMarkLabels(svg);
}
