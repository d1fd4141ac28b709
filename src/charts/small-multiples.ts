/**
 * Small multiples composed into a single SVG with a key on top: one trend panel per measure (each with
 * its own y scale, every series labelled by the key), or one panel per area, that area highlighted in
 * its colour with its latest value against the others in grey and England dashed (same scale throughout).
 * Either way a panel colours at most a handful of series: the rest are passed as `muted` grey context.
 */
import { labelLines, textWidth } from './end-labels';
import { svgEl } from './svg';
import { trendChart, type TrendPoint } from './trend-chart';

export interface Panel {
  title: string;
  data: readonly TrendPoint[];
  /** The series this panel highlights; the others (but the reference) are drawn as grey context. */
  highlight?: string;
}

export interface KeyItem {
  label: string;
  colour: string;
  dash?: string;
  width?: number;
}

export interface SmallMultiplesOptions {
  document: Document;
  width?: number;
  panelHeight?: number;
  colours: Record<string, string>;
  dashes?: Record<string, string>;
  reference?: string;
  /** Series drawn as thin grey context in every panel (never labelled); a panel's highlight overrides it. */
  muted?: readonly string[];
  yearHover?: boolean;
  /** The key's entries, when they are not simply the series (e.g. "highlighted region", "other regions"). */
  key?: readonly KeyItem[];
  /** Columns at this width and above (default: 3 from 700 px, 2 from 460 px). */
  columnsAt?: { three: number; two: number };
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 11;
const TITLE_FONT = 13;

function legend(document: Document, items: readonly KeyItem[], width: number): { g: SVGGElement; height: number } {
  const g = svgEl(document, 'g', { class: 'legend' });
  let [x, y] = [0, 12];
  for (const item of items) {
    const itemWidth = 28 + textWidth(item.label, FONT) + 14;
    if (x > 0 && x + itemWidth > width) [x, y] = [0, y + 18];
    const line = svgEl(document, 'line', {
      x1: x,
      x2: x + 22,
      y1: y - 4,
      y2: y - 4,
      stroke: item.colour,
      'stroke-width': item.width ?? 2.5,
    });
    if (item.dash) line.setAttribute('stroke-dasharray', item.dash);
    g.append(line, svgEl(document, 'text', { x: x + 28, y, 'font-size': FONT, fill: 'currentColor' }, item.label));
    x += itemWidth;
  }
  return { g, height: y + 10 };
}

export function smallMultiples(panels: readonly Panel[], options: SmallMultiplesOptions): SVGSVGElement {
  const { document, width = 720, panelHeight = 200, yearHover = false } = options;
  const at = options.columnsAt ?? { three: 700, two: 460 };
  const columns = width >= at.three ? 3 : width >= at.two ? 2 : 1;
  const panelWidth = Math.floor(width / columns);
  const series = [...new Set(panels.flatMap((p) => p.data.map((d) => d.series)))];
  const items =
    options.key ??
    series.map((s) => ({
      label: s,
      colour: options.colours[s] ?? 'currentColor',
      dash: s === options.reference ? '5,4' : options.dashes?.[s],
    }));
  const key = legend(document, items, width);
  // Panel titles wrap at word breaks rather than run into the next panel.
  const titleLines = panels.map((p) => labelLines({ text: p.title, value: '' }, panelWidth - 8, TITLE_FONT * 1.08));
  const titleHeight = 6 + Math.max(...titleLines.map((l) => l.length)) * (TITLE_FONT + 3);
  const rows = Math.ceil(panels.length / columns);
  const height = key.height + rows * (titleHeight + panelHeight) + 8;

  const svg = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  for (const [k, v] of Object.entries({
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': 'system-ui, sans-serif',
    class: 'small-multiples',
  }))
    svg.setAttribute(k, String(v));
  svg.append(key.g);
  panels.forEach((panel, i) => {
    const [col, row] = [i % columns, Math.floor(i / columns)];
    const [x, y] = [col * panelWidth, key.height + 8 + row * (titleHeight + panelHeight)];
    const title = svgEl(document, 'text', {
      x: x + 4,
      y: y + TITLE_FONT + 1,
      'font-size': TITLE_FONT,
      'font-weight': 700,
      fill: 'currentColor',
    });
    titleLines[i].forEach((line, k) =>
      title.append(svgEl(document, 'tspan', { x: x + 4, dy: k ? TITLE_FONT + 3 : 0 }, line.trim())),
    );
    const highlight = panel.highlight;
    const muted = highlight ? series.filter((s) => s !== highlight && s !== options.reference) : options.muted;
    const chart = trendChart(panel.data, {
      document,
      yLabel: '%',
      width: panelWidth,
      height: panelHeight,
      colours: options.colours,
      dashes: options.dashes,
      reference: options.reference,
      endLabels: Boolean(highlight),
      valueLabels: true,
      muted,
      fontSize: FONT,
      yearHover,
    });
    chart.setAttribute('x', String(x));
    chart.setAttribute('y', String(y + titleHeight));
    svg.append(title, chart);
  });
  return svg;
}
