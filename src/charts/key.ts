/** A chart key laid out in rows that fit the chart's width (wrapping, never truncating), for charts without direct labels. */
import { textWidth } from './end-labels';
import { svgEl } from './svg';

export interface KeyItem {
  label: string;
  /** Draws the swatch centred vertically on y = 0, within x 0-18. */
  swatch: (g: SVGGElement) => void;
  bold?: boolean;
}

/** The key as an SVG group (aria-hidden: every value is in the data table) and its height in pixels. */
export function chartKey(
  document: Document,
  items: readonly KeyItem[],
  width: number,
  fontSize = 11,
): { group: SVGGElement; height: number } {
  const group = svgEl(document, 'g', { class: 'chart-key', 'font-size': fontSize, 'aria-hidden': 'true' });
  const row = fontSize + 7;
  let [x, y] = [8, row / 2 + 2];
  for (const item of items) {
    const w = 24 + textWidth(item.label, fontSize) + 14;
    if (x + w > width && x > 8) [x, y] = [8, y + row];
    const g = svgEl(document, 'g', { transform: `translate(${x},${y})` });
    item.swatch(g);
    g.append(
      svgEl(
        document,
        'text',
        {
          x: 24,
          y: 0,
          dy: '0.32em',
          'text-anchor': 'start',
          fill: 'currentColor',
          ...(item.bold ? { 'font-weight': 700 } : {}),
        },
        item.label,
      ),
    );
    group.append(g);
    x += w;
  }
  return { group, height: y + row / 2 + 2 };
}

/** A line swatch (solid or dashed). */
export const lineSwatch =
  (document: Document, colour: string, dash = '', width = 2.5) =>
  (g: SVGGElement) =>
    g.append(
      svgEl(document, 'line', {
        x1: 0,
        x2: 18,
        y1: 0,
        y2: 0,
        stroke: colour,
        'stroke-width': width,
        ...(dash ? { 'stroke-dasharray': dash } : {}),
      }),
    );

/** Puts a key above a chart: one SVG holding both, so exports keep the key. */
export function withKeyAbove(
  document: Document,
  chart: SVGSVGElement,
  key: { group: SVGGElement; height: number },
  width: number,
): SVGSVGElement {
  const height = Number(chart.getAttribute('height')) + key.height;
  const outer = svgEl(document, 'svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': 'system-ui, sans-serif',
    style: 'overflow: visible',
  });
  chart.setAttribute('y', String(key.height));
  outer.append(key.group, chart);
  return outer;
}
