/**
 * Scatterplot of the same units as the map: deprivation across, absence up, each dot in its
 * bivariate colour, with the tertile breaks as dashed lines. Shows small urban LAs the map hides.
 */
import { scaleLinear } from 'd3-scale';
import { extent } from 'd3-array';
import type { Breaks } from '../derive/bivariate';
import { svgEl } from './svg';
import { textWidth } from './end-labels';
import { NEUTRAL } from './palette';

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
  /** Id of a unit drawn ringed and named (in bold, placed first). */
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
  // The x axis title takes a second line where one does not fit (a phone), and the plot gives it the room.
  const xLines = axisLines(`${options.xLabel} →`, width - 8);
  const m = { top: 12, right: 16, bottom: 32 + 14 * xLines.length, left: 56 };
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
  xLines.forEach((line, i) =>
    axes.append(
      svgEl(
        document,
        'text',
        { x: (m.left + width - m.right) / 2, y: height - 8 - 14 * (xLines.length - 1 - i), 'text-anchor': 'middle' },
        line,
      ),
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
        r: DOT_R,
        fill: p.fill,
      }),
    );
    if (options.describe) dots.lastElementChild!.append(svgEl(document, 'title', {}, options.describe(p)));
  }
  svg.append(dots);
  const chosen = points.find((p) => p.id === options.selected);
  if (chosen)
    svg.append(
      svgEl(document, 'circle', {
        class: 'selected-ring',
        cx: x(chosen.need).toFixed(1),
        cy: y(chosen.absence).toFixed(1),
        r: RING_R,
        fill: 'none',
        stroke: 'currentColor',
        'stroke-width': 2,
      }),
    );
  const names = nameLabels(document, points, options, (p) => [x(p.need), y(p.absence)], width, height, m);
  if (names.childElementCount) svg.append(names);
  return svg;
}

/** An axis title in one line, or two broken after its comma (else at the last space that fits). */
function axisLines(text: string, room: number): string[] {
  if (textWidth(text) <= room) return [text];
  const comma = text.lastIndexOf(', ');
  if (comma > 0 && textWidth(text.slice(0, comma + 1)) <= room)
    return [text.slice(0, comma + 1), text.slice(comma + 2)];
  const words = text.split(' ');
  let n = words.length - 1;
  while (n > 1 && textWidth(words.slice(0, n).join(' ')) > room) n--;
  return [words.slice(0, n).join(' '), words.slice(n).join(' ')];
}

type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
/** Where a name may go around its dot: beside it first, then further out (joined by a grey leader line). */
const OFFSETS: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0.7, -1],
  [-0.7, -1],
  [0.7, 1],
  [-0.7, 1],
  [0, -1],
  [0, 1],
];
const DOT_R = 4.5;
const RING_R = 9;

/**
 * Names of the selected unit (bold) and of notable units, each in the nearest free place around its dot: right or
 * left, above or below, then 16, 30 or 44 px out with a grey leader line, never over a dot, another name or the
 * plot's edge. A name with no free place within 44 px is left out (its dot keeps its tooltip).
 */
function nameLabels(
  document: Document,
  points: readonly ScatterPoint[],
  options: BivariateScatterOptions,
  at: (p: ScatterPoint) => [number, number],
  width: number,
  height: number,
  m: { top: number; right: number; bottom: number; left: number },
): SVGGElement {
  const g = svgEl(document, 'g', { class: 'notable-labels', 'font-size': 12, fill: 'currentColor' }) as SVGGElement;
  const selected = points.find((p) => p.id === options.selected);
  const wanted = [
    ...(selected ? [selected] : []),
    ...points.filter((p) => p !== selected && (options.labelled ?? []).includes(p.id)),
  ];
  // Dots count as taken space, so a name never covers another LA.
  const taken: Box[] = points.map((p) => {
    const [cx, cy] = at(p);
    return [cx - DOT_R, cy - DOT_R, cx + DOT_R, cy + DOT_R];
  });
  for (const p of wanted) {
    const bold = p === selected;
    const [cx, cy] = at(p);
    const [w, h] = [Math.ceil(textWidth(p.name, bold ? 13 : 12) * (bold ? 1.12 : 1)) + 2, bold ? 15 : 14];
    const own = points.indexOf(p);
    const place = [0, 16, 30, 44]
      .flatMap((out) => OFFSETS.map(([dx, dy]) => [dx, dy, out] as const))
      .map(([dx, dy, out]) => {
        // The box's nearest edge sits `gap` px from the dot's centre along the offset's direction.
        const gap = (bold ? RING_R : DOT_R) + 3 + out;
        const left = dx > 0 ? cx + dx * gap : dx < 0 ? cx + dx * gap - w : cx - w / 2;
        const top = dy < 0 ? cy + dy * gap - h : dy > 0 ? cy + dy * gap : cy - h / 2;
        return { box: [left, top, left + w, top + h] as Box, out };
      })
      .find(
        ({ box }) =>
          box[0] >= m.left &&
          box[2] <= width - m.right &&
          box[1] >= m.top &&
          box[3] <= height - m.bottom &&
          !taken.some((t, i) => i !== own && overlaps(t, box)),
      );
    if (!place) continue;
    const { box, out } = place;
    taken.push(box);
    if (out > 0) {
      // A leader from the dot's edge to the nearest point of the name's box, in a neutral grey (not data).
      const [nx, ny] = [Math.max(box[0], Math.min(cx, box[2])), Math.max(box[1], Math.min(cy, box[3]))];
      const d = Math.hypot(nx - cx, ny - cy);
      g.append(
        svgEl(document, 'line', {
          class: 'leader',
          'data-for': p.id,
          x1: (cx + ((nx - cx) * DOT_R) / d).toFixed(1),
          y1: (cy + ((ny - cy) * DOT_R) / d).toFixed(1),
          x2: nx.toFixed(1),
          y2: ny.toFixed(1),
          stroke: NEUTRAL.connector,
        }),
      );
    }
    g.append(
      svgEl(
        document,
        'text',
        {
          ...(bold ? { class: 'selected-label', 'font-size': 13, 'font-weight': 600 } : {}),
          'data-for': p.id,
          x: box[0].toFixed(1),
          y: (box[3] - 3).toFixed(1),
        },
        p.name,
      ),
    );
  }
  return g;
}
