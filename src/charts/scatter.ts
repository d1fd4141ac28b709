/**
 * Scatterplot of areas with a fitted least-squares line and its r and n. Points are coloured by
 * group (region) with a symbol per macro-region, highlighted points drawn solid and the others
 * faded. Points are never joined: each chart is one year's cross-section.
 * The legend is drawn inside the SVG so downloads keep it.
 */
import * as Plot from '@observablehq/plot';
import { withoutMarkLabels } from './aria';
import { symbol as d3symbol, symbolCircle, symbolSquare, symbolTriangle } from 'd3';
import type { LinearFit } from '../derive/correlation';
import { fixed } from '../lib/format';

export interface ScatterPoint {
  x: number;
  y: number;
  label: string;
  group: string;
  highlight: boolean;
}

export interface ScatterOptions {
  document: Document;
  xLabel: string;
  yLabel: string;
  colours: Record<string, string>;
  /** Symbol of each group. */
  symbols: Record<string, 'circle' | 'triangle' | 'square'>;
  fit: LinearFit | null;
  width?: number;
}

const SYMBOLS = { circle: symbolCircle, triangle: symbolTriangle, square: symbolSquare };
const SVG_NS = 'http://www.w3.org/2000/svg';
const LEGEND_ITEM = 190;
const LEGEND_ROW = 20;

function appendLegend(svg: Element, options: ScatterOptions, top: number, width: number): void {
  const { document, colours, symbols } = options;
  const perRow = Math.max(1, Math.floor((width - 16) / LEGEND_ITEM));
  const g = document.createElementNS(SVG_NS, 'g');
  g.setAttribute('font-size', '12');
  g.setAttribute('text-anchor', 'start');
  Object.keys(colours).forEach((group, i) => {
    const x = 16 + (i % perRow) * LEGEND_ITEM;
    const y = top + Math.floor(i / perRow) * LEGEND_ROW;
    const mark = document.createElementNS(SVG_NS, 'path');
    mark.setAttribute('d', d3symbol(SYMBOLS[symbols[group]], 70)()!);
    mark.setAttribute('transform', `translate(${x},${y})`);
    mark.setAttribute('fill', colours[group]);
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(x + 10));
    text.setAttribute('y', String(y + 4));
    text.setAttribute('fill', 'currentColor');
    text.textContent = group;
    g.append(mark, text);
  });
  svg.append(g);
}

export function scatter(points: readonly ScatterPoint[], options: ScatterOptions): SVGSVGElement | HTMLElement {
  const { document, xLabel, yLabel, colours, symbols, fit, width = 720 } = options;
  const groups = Object.keys(colours);
  const legendRows = Math.ceil(groups.length / Math.max(1, Math.floor((width - 16) / LEGEND_ITEM)));
  const plotHeight = Math.round(Math.min(460, Math.max(300, width * 0.62)));
  const marginBottom = 60 + legendRows * LEGEND_ROW;
  const xs = points.map((p) => p.x);
  const line = fit ? [Math.min(...xs), Math.max(...xs)].map((x) => ({ x, y: fit.intercept + fit.slope * x })) : [];
  const byHighlight = (h: boolean) => points.filter((p) => p.highlight === h);
  const dots = (data: ScatterPoint[], opacity: number) =>
    Plot.dot(data, {
      x: 'x',
      y: 'y',
      fill: (p) => colours[p.group],
      symbol: (p) => symbols[p.group],
      r: 4.5,
      fillOpacity: opacity,
      // A thin outline in the text colour keeps light and dark hues visible on either theme.
      stroke: 'currentColor',
      strokeOpacity: 0.55 * opacity,
      strokeWidth: 0.6,
    });
  const svg = Plot.plot({
    document,
    width,
    height: plotHeight + marginBottom,
    marginLeft: 52,
    marginRight: 20,
    marginTop: 32,
    marginBottom,
    style: { fontSize: width < 520 ? '11px' : '13px', overflow: 'visible' },
    x: { label: xLabel, grid: true, nice: true, labelAnchor: 'center', labelOffset: 36 },
    y: { label: yLabel, grid: true, nice: true },
    symbol: { type: 'identity' },
    marks: [
      dots(byHighlight(false), 0.45),
      dots(byHighlight(true), 1),
      Plot.line(line, { x: 'x', y: 'y', stroke: 'currentColor', strokeWidth: 2, strokeDasharray: '8,4' }),
      ...(fit
        ? [
            Plot.text([fit], {
              frameAnchor: 'top-right',
              dx: -4,
              dy: 4,
              fill: 'currentColor',
              fontWeight: 600,
              text: (f: LinearFit) =>
                `${width < 520 ? '' : 'Least-squares line: '}r = ${fixed(f.r, 2).replace('-', '−')}, n = ${f.n}`,
            }),
          ]
        : []),
    ],
  });
  const root = svg.tagName.toLowerCase() === 'svg' ? svg : svg.querySelector('svg')!;
  appendLegend(root, options, plotHeight + 56, width);
  return withoutMarkLabels(svg);
}
