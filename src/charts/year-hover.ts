/**
 * A hover layer for charts over academic years: one transparent column per year; the column's
 * tip (a rule, rings on the points and a box of values) starts hidden and is shown by
 * src/client/widgets/year-hover.ts on pointer hover or when the keyboard year slider selects that year.
 */
import { pct } from '../lib/format';
import { textWidth } from './end-labels';
import { NEUTRAL } from './palette';

export interface HoverPoint {
  series: string;
  colour: string;
  value: number | null;
  /** Pixel y of the point, null when there is no value. */
  y: number | null;
}

export interface HoverColumn {
  year: string;
  x: number;
  points: readonly HoverPoint[];
  /** Shown instead of values when no series has one (e.g. 2019/20). */
  note?: string;
}

export interface HoverFrame {
  document: Document;
  top: number;
  bottom: number;
  /** Width of the whole SVG, to keep boxes inside it. */
  width: number;
  columnWidth: number;
  fontSize?: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function el(document: Document, name: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function tipBox(column: HoverColumn, frame: HoverFrame): SVGElement {
  const { document, width, top, fontSize = 11 } = frame;
  const known = column.points.filter((p) => p.value !== null).sort((a, b) => b.value! - a.value!);
  const lines = [
    column.year,
    ...(known.length ? known.map((p) => `${p.series}: ${pct(p.value)}`) : [column.note ?? 'no data']),
  ];
  const lineHeight = fontSize + 3;
  const boxWidth = Math.max(...lines.map((l) => textWidth(l, fontSize))) + 24;
  const beside = column.x + 8 + boxWidth > width ? column.x - 8 - boxWidth : column.x + 8;
  const x = Math.max(0, Math.min(beside, width - boxWidth));
  const box = el(document, 'g', { transform: `translate(${x.toFixed(1)},${top + 4})`, 'text-anchor': 'start' });
  box.append(
    el(document, 'rect', {
      width: boxWidth,
      height: lines.length * lineHeight + 8,
      rx: 3,
      class: 'tip-bg',
      fill: NEUTRAL.paper,
      stroke: 'currentColor',
      'stroke-opacity': 0.4,
    }),
  );
  lines.forEach((line, i) => {
    const baseline = 4 + (i + 1) * lineHeight - 3;
    const colour = i ? known[i - 1]?.colour : undefined;
    if (colour)
      box.append(el(document, 'rect', { x: 6, y: baseline - fontSize + 2, width: 8, height: 8, fill: colour }));
    const text = el(document, 'text', {
      x: colour ? 18 : 6,
      y: baseline,
      'font-size': fontSize,
      fill: 'currentColor',
      'font-weight': i ? 400 : 700,
    });
    text.textContent = line;
    box.append(text);
  });
  return box;
}

export function addYearHover(svg: Element, columns: readonly HoverColumn[], frame: HoverFrame): void {
  const { document, top, bottom, columnWidth } = frame;
  const layer = el(document, 'g', { class: 'year-hover', 'aria-hidden': 'true' });
  for (const column of columns) {
    const g = el(document, 'g', { 'data-year': column.year });
    g.append(
      el(document, 'rect', {
        x: (column.x - columnWidth / 2).toFixed(1),
        y: top,
        width: columnWidth.toFixed(1),
        height: bottom - top,
        fill: 'transparent',
      }),
    );
    const tip = el(document, 'g', { class: 'year-tip', visibility: 'hidden', 'pointer-events': 'none' });
    tip.append(
      el(document, 'line', {
        x1: column.x.toFixed(1),
        x2: column.x.toFixed(1),
        y1: top,
        y2: bottom,
        stroke: 'currentColor',
        'stroke-opacity': 0.5,
      }),
    );
    for (const p of column.points) {
      if (p.y !== null)
        tip.append(
          el(document, 'circle', {
            cx: column.x.toFixed(1),
            cy: p.y.toFixed(1),
            r: 5,
            fill: 'none',
            stroke: p.colour,
            'stroke-width': 2,
          }),
        );
    }
    tip.append(tipBox(column, frame));
    g.append(tip);
    layer.append(g);
  }
  svg.append(layer);
}
