/**
 * Horizontal bars in labelled groups (e.g. reasons for absence, each with a bar per year or per area): a group
 * heading row, then one bar per member with its label on the axis and its value at the bar end. Values missing
 * say "no data".
 */
import * as Plot from '@observablehq/plot';
import { withoutMarkLabels } from './aria';
import { textWidth } from './end-labels';
import { pct } from '../lib/format';

export interface BarGroup {
  title: string;
  bars: { label: string; value: number | null; colour: string }[];
}

export function groupedBars(
  groups: readonly BarGroup[],
  options: { document: Document; width?: number; xLabel: string },
): SVGSVGElement | HTMLElement {
  const { document, width = 720, xLabel } = options;
  const fontSize = width < 520 ? 11 : 12;
  const head = (g: number) => `h${g}`;
  const key = (g: number, b: number) => `b${g}-${b}`;
  const domain = groups.flatMap((group, g) => [head(g), ...group.bars.map((_, b) => key(g, b))]);
  const labels = new Map(
    groups.flatMap((group, g) => [
      [head(g), ''] as const,
      ...group.bars.map((bar, b) => [key(g, b), bar.label] as const),
    ]),
  );
  const bars = groups.flatMap((group, g) =>
    group.bars.map((bar, b) => ({ ...bar, key: key(g, b), text: pct(bar.value) })),
  );
  const known = bars.filter((b) => b.value !== null);
  const missing = bars.filter((b) => b.value === null);
  const headings = groups.map((group, g) => ({ key: head(g), title: group.title }));
  const marginLeft = Math.max(...bars.map((b) => textWidth(b.label, fontSize))) + 10;
  const svg = Plot.plot({
    document,
    width,
    height: domain.length * 20 + 60,
    marginLeft,
    marginRight: 48,
    marginTop: 10,
    marginBottom: 40,
    style: { fontSize: `${fontSize}px`, overflow: 'visible' },
    // No grid, and the zero line drawn beside the bars only: nothing runs through the group headings
    // (every bar carries its value, so the scale needs no gridlines).
    x: { label: xLabel, zero: true, nice: true, labelAnchor: 'center', labelOffset: 32 },
    y: { domain, tickFormat: (k: string) => labels.get(k) ?? '', tickSize: 0, label: null, padding: 0.2 },
    marks: [
      Plot.barX(known, { x: 'value', y: 'key', fill: 'colour' }),
      Plot.text(known, { x: 'value', y: 'key', text: 'text', textAnchor: 'start', dx: 4, fill: 'currentColor' }),
      Plot.text(missing, { x: 0, y: 'key', text: () => 'no data', textAnchor: 'start', dx: 4, fill: 'currentColor' }),
      Plot.text(headings, {
        x: 0,
        y: 'key',
        text: 'title',
        textAnchor: 'start',
        dx: -marginLeft + 2,
        fontWeight: 700,
        fill: 'currentColor',
      }),
      Plot.tickX(bars, { x: 0, y: 'key', stroke: 'currentColor', insetTop: -3, insetBottom: -3 }),
    ],
  });
  return withoutMarkLabels(svg);
}
