/**
 * Small multiples: one trend panel per measure (each with its own y scale), sharing series,
 * colours, periods and the year hover layer, composed into a single SVG with a legend on top.
 */
import { textWidth } from './end-labels';
import { trendChart, type TrendPoint } from './trend-chart';

export interface Panel {
  title: string;
  data: readonly TrendPoint[];
}

export interface SmallMultiplesOptions {
  document: Document;
  width?: number;
  panelHeight?: number;
  colours: Record<string, string>;
  dashes?: Record<string, string>;
  reference?: string;
  yearHover?: boolean;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 11;

function legend(document: Document, series: readonly string[], options: SmallMultiplesOptions, width: number): { g: SVGGElement; height: number } {
  const g = document.createElementNS(SVG_NS, 'g') as SVGGElement;
  g.setAttribute('class', 'legend');
  let [x, y] = [0, 12];
  for (const s of series) {
    const itemWidth = 28 + textWidth(s, FONT) + 14;
    if (x > 0 && x + itemWidth > width) [x, y] = [0, y + 18];
    const line = document.createElementNS(SVG_NS, 'line');
    const dash = s === options.reference ? '5,4' : options.dashes?.[s];
    for (const [k, v] of Object.entries({ x1: x, x2: x + 22, y1: y - 4, y2: y - 4, stroke: options.colours[s] ?? 'currentColor', 'stroke-width': 2.5 })) line.setAttribute(k, String(v));
    if (dash) line.setAttribute('stroke-dasharray', dash);
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(x + 28));
    text.setAttribute('y', String(y));
    text.setAttribute('font-size', String(FONT));
    text.setAttribute('fill', 'currentColor');
    text.textContent = s;
    g.append(line, text);
    x += itemWidth;
  }
  return { g, height: y + 10 };
}

export function smallMultiples(panels: readonly Panel[], options: SmallMultiplesOptions): SVGSVGElement {
  const { document, width = 720, panelHeight = 200, yearHover = false } = options;
  const columns = width >= 700 ? 3 : width >= 460 ? 2 : 1;
  const panelWidth = Math.floor(width / columns);
  const series = [...new Set(panels.flatMap((p) => p.data.map((d) => d.series)))];
  const key = legend(document, series, options, width);
  const titleHeight = 20;
  const rows = Math.ceil(panels.length / columns);
  const height = key.height + rows * (titleHeight + panelHeight) + 8;

  const svg = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  for (const [k, v] of Object.entries({ width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': 'system-ui, sans-serif', class: 'small-multiples' })) svg.setAttribute(k, String(v));
  svg.append(key.g);
  panels.forEach((panel, i) => {
    const [col, row] = [i % columns, Math.floor(i / columns)];
    const [x, y] = [col * panelWidth, key.height + 8 + row * (titleHeight + panelHeight)];
    const title = document.createElementNS(SVG_NS, 'text');
    for (const [k, v] of Object.entries({ x: x + 4, y: y + 14, 'font-size': 13, 'font-weight': 700, fill: 'currentColor' })) title.setAttribute(k, String(v));
    title.textContent = panel.title;
    const chart = trendChart(panel.data, {
      document, yLabel: '%', width: panelWidth, height: panelHeight, colours: options.colours, dashes: options.dashes,
      reference: options.reference, endLabels: false, fontSize: FONT, yearHover,
    });
    chart.setAttribute('x', String(x));
    chart.setAttribute('y', String(y + titleHeight));
    svg.append(title, chart);
  });
  return svg;
}
