/**
 * Scatterplot of the same units as the map: deprivation across, absence up, each dot in its
 * bivariate colour, with the tertile breaks as dashed lines. Shows small urban LAs the map hides.
 */
import { scaleLinear } from 'd3-scale';
import { extent } from 'd3-array';
import type { Breaks } from '../derive/bivariate';
import { svgEl } from './svg';
import { textWidth } from './end-labels';

export interface ScatterPoint {
  id: string;
  name: string;
  absence: number;
  need: number;
  fill: string;
  /** Cell key, so the page can highlight a legend cell's dots. */
  cell: string;
}

export interface BivariateScatterOptions {
  document: Document;
  breaks: { absence: Breaks; need: Breaks } | null;
  xLabel: string;
  yLabel: string;
  formatX: (v: number) => string;
  formatY: (v: number) => string;
  title: string;
  /** Draw the x axis from high to low (a second variable whose low values mark need), so need still grows to the right. */
  reverseX?: boolean;
  /** Id of a unit drawn ringed and named. */
  selected?: string;
  /** A dot's tooltip (its title element): name and both values. */
  describe?: (p: ScatterPoint) => string;
  /** Ids of notable units named beside their dots (a label that would overlap another is left out). */
  labelled?: readonly string[];
  width?: number;
  height?: number;
}

export function bivariateScatter(points: readonly ScatterPoint[], options: BivariateScatterOptions): SVGSVGElement {
  const { document, width = 640, height = 440, breaks } = options;
  const m = { top: 12, right: 16, bottom: 46, left: 56 };
  const pad = (lo = 0, hi = 1) => [lo - (hi - lo) * 0.04, hi + (hi - lo) * 0.04];
  const xRange = options.reverseX ? [width - m.right, m.left] : [m.left, width - m.right];
  const x = scaleLinear(pad(...(extent(points, (p) => p.need) as [number, number])), xRange).nice();
  const y = scaleLinear(pad(...(extent(points, (p) => p.absence) as [number, number])), [
    height - m.bottom,
    m.top,
  ]).nice();
  const svg = svgEl(document, 'svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    class: 'bivariate-scatter',
    'font-family': 'system-ui, sans-serif',
    role: 'img',
    'aria-label': options.title,
  }) as SVGSVGElement;

  const axes = svgEl(document, 'g', { class: 'axes', 'font-size': 12, fill: 'currentColor' });
  for (const t of x.ticks(6)) {
    axes.append(
      svgEl(document, 'line', {
        x1: x(t),
        x2: x(t),
        y1: m.top,
        y2: height - m.bottom,
        stroke: 'currentColor',
        'stroke-opacity': 0.12,
      }),
    );
    axes.append(
      svgEl(document, 'text', { x: x(t), y: height - m.bottom + 16, 'text-anchor': 'middle' }, options.formatX(t)),
    );
  }
  for (const t of y.ticks(6)) {
    axes.append(
      svgEl(document, 'line', {
        x1: m.left,
        x2: width - m.right,
        y1: y(t),
        y2: y(t),
        stroke: 'currentColor',
        'stroke-opacity': 0.12,
      }),
    );
    axes.append(svgEl(document, 'text', { x: m.left - 6, y: y(t) + 4, 'text-anchor': 'end' }, options.formatY(t)));
  }
  axes.append(
    svgEl(
      document,
      'text',
      { x: (m.left + width - m.right) / 2, y: height - 8, 'text-anchor': 'middle' },
      `${options.xLabel} →`,
    ),
  );
  axes.append(
    svgEl(
      document,
      'text',
      { transform: `translate(14,${(m.top + height - m.bottom) / 2}) rotate(-90)`, 'text-anchor': 'middle' },
      `${options.yLabel} →`,
    ),
  );
  svg.append(axes);

  if (breaks) {
    const lines = svgEl(document, 'g', {
      class: 'tertile-lines',
      stroke: 'currentColor',
      'stroke-dasharray': '4,3',
      'stroke-opacity': 0.7,
    });
    for (const b of breaks.need)
      lines.append(svgEl(document, 'line', { x1: x(b), x2: x(b), y1: m.top, y2: height - m.bottom }));
    for (const b of breaks.absence)
      lines.append(svgEl(document, 'line', { x1: m.left, x2: width - m.right, y1: y(b), y2: y(b) }));
    svg.append(lines);
  }

  const dots = svgEl(document, 'g', { class: 'dots', stroke: 'currentColor', 'stroke-opacity': 0.6 });
  for (const p of points) {
    dots.append(
      svgEl(document, 'circle', {
        class: 'dot',
        'data-id': p.id,
        'data-cell': p.cell,
        cx: x(p.need).toFixed(1),
        cy: y(p.absence).toFixed(1),
        r: 4.5,
        fill: p.fill,
      }),
    );
    if (options.describe) dots.lastElementChild!.append(svgEl(document, 'title', {}, options.describe(p)));
  }
  svg.append(dots);
  const notable = notableLabels(document, points, options, (p) => [x(p.need), y(p.absence)], width, height, m);
  if (notable.childElementCount) svg.append(notable);
  const chosen = points.find((p) => p.id === options.selected);
  if (chosen) {
    svg.append(
      svgEl(document, 'circle', {
        class: 'selected-ring',
        cx: x(chosen.need).toFixed(1),
        cy: y(chosen.absence).toFixed(1),
        r: 9,
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': 2,
      }),
    );
    svg.append(
      svgEl(
        document,
        'text',
        {
          class: 'selected-label',
          x: x(chosen.need) + 12,
          y: y(chosen.absence) - 8,
          'font-size': 13,
          'font-weight': 600,
          fill: 'currentColor',
        },
        chosen.name,
      ),
    );
  }
  return svg;
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Names of notable units, right or left of the dot, above or below; a name with no free place is left out. */
function notableLabels(
  document: Document,
  points: readonly ScatterPoint[],
  options: BivariateScatterOptions,
  at: (p: ScatterPoint) => [number, number],
  width: number,
  height: number,
  m: { top: number; right: number; bottom: number; left: number },
): SVGGElement {
  const g = svgEl(document, 'g', { class: 'notable-labels', 'font-size': 12, fill: 'currentColor' }) as SVGGElement;
  const wanted = new Set((options.labelled ?? []).filter((id) => id !== options.selected));
  // Dots count as taken space, so a name never covers another LA.
  const taken: Box[] = points.map((p) => {
    const [cx, cy] = at(p);
    return [cx - 4.5, cy - 4.5, cx + 4.5, cy + 4.5];
  });
  for (const p of points.filter((q) => wanted.has(q.id))) {
    const [cx, cy] = at(p);
    const w = textWidth(p.name) + 2;
    const places: [number, number, 'start' | 'end'][] = [
      [cx + 7, cy + 4, 'start'],
      [cx - 7, cy + 4, 'end'],
      [cx + 5, cy - 8, 'start'],
      [cx - 5, cy - 8, 'end'],
      [cx + 5, cy + 16, 'start'],
      [cx - 5, cy + 16, 'end'],
    ];
    for (const [tx, ty, anchor] of places) {
      const box: Box = anchor === 'start' ? [tx, ty - 11, tx + w, ty + 3] : [tx - w, ty - 11, tx, ty + 3];
      const inside = box[0] >= m.left && box[2] <= width - m.right && box[1] >= m.top && box[3] <= height - m.bottom;
      if (!inside || taken.some((t, i) => i !== points.indexOf(p) && overlaps(t, box))) continue;
      taken.push(box);
      g.append(svgEl(document, 'text', { x: tx.toFixed(1), y: ty.toFixed(1), 'text-anchor': anchor }, p.name));
      break;
    }
  }
  return g;
}
