/** A key of swatches (lines with their dashes, boxes, dots or rings) drawn inside the SVG, so downloads keep it. */
import { textWidth } from './end-labels';
import { svgEl } from './svg';

export interface KeyItem {
  label: string;
  colour: string;
  shape?: 'line' | 'box' | 'dot' | 'ring';
  /** SVG dash pattern of a line. */
  dash?: string;
  strokeWidth?: number;
}

function swatch(document: Document, item: KeyItem, x: number, y: number): SVGElement {
  switch (item.shape ?? 'line') {
    case 'box':
      return svgEl(document, 'rect', { x, y: y - 5, width: 22, height: 10, fill: item.colour });
    case 'dot':
      return svgEl(document, 'circle', { cx: x + 11, cy: y, r: 5, fill: item.colour });
    case 'ring':
      return svgEl(document, 'circle', {
        cx: x + 11,
        cy: y,
        r: 5,
        fill: 'none',
        stroke: item.colour,
        'stroke-width': 1.5,
      });
    default:
      return svgEl(document, 'line', {
        x1: x,
        x2: x + 22,
        y1: y,
        y2: y,
        stroke: item.colour,
        'stroke-width': item.strokeWidth ?? 2.5,
        ...(item.dash ? { 'stroke-dasharray': item.dash } : {}),
      });
  }
}

/** Appends the key at (left, top), wrapping onto further rows within `width`; returns its height. */
export function appendKey(
  svg: Element,
  items: readonly KeyItem[],
  options: { document: Document; left: number; top: number; width: number; fontSize?: number },
): number {
  const { document, left, top, width, fontSize = 12 } = options;
  const g = svgEl(document, 'g', { class: 'chart-key', 'aria-hidden': 'true' });
  let x = left;
  let y = top;
  for (const item of items) {
    const w = 30 + textWidth(item.label, fontSize) + 14;
    if (x > left && x + w > left + width) {
      x = left;
      y += fontSize + 8;
    }
    g.append(swatch(document, item, x, y));
    g.append(
      svgEl(
        document,
        'text',
        { x: x + 28, y, dy: '0.32em', 'font-size': fontSize, fill: 'currentColor', 'text-anchor': 'start' },
        item.label,
      ),
    );
    x += w;
  }
  svg.append(g);
  return y - top + fontSize + 8;
}

/** Rows a key needs at a width (to reserve room before drawing). */
export function keyRows(items: readonly KeyItem[], width: number, fontSize = 12): number {
  let rows = 1;
  let x = 0;
  for (const item of items) {
    const w = 30 + textWidth(item.label, fontSize) + 14;
    if (x > 0 && x + w > width) {
      rows++;
      x = 0;
    }
    x += w;
  }
  return rows;
}
