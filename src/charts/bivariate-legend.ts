/**
 * The 3x3 legend as a small chart: each cell in its palette colour with the number of units in it,
 * absence increasing to the right and deprivation upwards, plus a hatched "no data" key.
 * Cells are focusable so that the page can highlight their units on hover or focus.
 */
import { DEPRIVATION_AXIS, needTertileLabel, TERTILE_LABELS, type Tertile } from '../derive/bivariate';
import type { NeedAxis } from '../config/map-options';
import { BIVARIATE, NO_DATA_FILL, textOn } from './bivariate-palette';
import { svgEl } from './svg';

export interface BivariateLegendOptions {
  document: Document;
  /** counts[deprivation][absence] */
  counts: readonly (readonly number[])[];
  noData: number;
  absenceLabel: string;
  /** The upward axis, e.g. "IDACI 2019" or "Lower school readiness". */
  needLabel: string;
  /** The second variable's name and direction for the cells' labels (default: deprivation). */
  axis?: NeedAxis;
  /** e.g. "Classes: tertiles across 150 LAs" */
  note: string;
  /** The range of each third, low to high, under the columns (absence) and beside the rows (the second variable, low need to high). */
  absenceCuts?: readonly [string, string, string];
  needCuts?: readonly [string, string, string];
  cell?: number;
}

const plural = (n: number) => `${n} ${n === 1 ? 'LA' : 'LAs'}`;

export function bivariateLegend(options: BivariateLegendOptions): SVGSVGElement {
  const { document, counts, noData, cell = 72, axis = DEPRIVATION_AXIS, absenceCuts, needCuts } = options;
  const left = 34;
  const top = 8;
  const grid = cell * 3;
  const cutsRow = absenceCuts ? 16 : 0;
  const width = left + grid + (needCuts ? 96 : 60);
  const height = top + grid + cutsRow + 74;
  const svg = svgEl(document, 'svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    class: 'bivariate-legend',
    'font-family': 'system-ui, sans-serif',
    role: 'group',
    'aria-label': `Legend: ${options.note}`,
  }) as SVGSVGElement;

  for (const need of [2, 1, 0] as Tertile[]) {
    for (const absence of [0, 1, 2] as Tertile[]) {
      const fill = BIVARIATE[need][absence];
      const n = counts[need][absence];
      const g = svgEl(document, 'g', {
        class: 'cell',
        'data-cell': `${absence}-${need}`,
        tabindex: 0,
        role: 'img',
        'aria-label': `${TERTILE_LABELS[absence]} absence, ${needTertileLabel(need, axis)} ${axis.name}: ${plural(n)}`,
      });
      const x = left + absence * cell;
      const y = top + (2 - need) * cell;
      g.append(svgEl(document, 'rect', { x, y, width: cell, height: cell, fill }));
      g.append(
        svgEl(
          document,
          'text',
          {
            x: x + cell / 2,
            y: y + cell / 2 + 5,
            'text-anchor': 'middle',
            'font-size': 14,
            fill: textOn(fill),
            'aria-hidden': 'true',
          },
          String(n),
        ),
      );
      svg.append(g);
    }
  }
  const axisY = top + grid + cutsRow;
  absenceCuts?.forEach((cut, i) =>
    svg.append(
      svgEl(
        document,
        'text',
        {
          class: 'cut',
          x: left + (i + 0.5) * cell,
          y: top + grid + 13,
          'text-anchor': 'middle',
          'font-size': 11,
          fill: 'currentColor',
        },
        cut,
      ),
    ),
  );
  needCuts?.forEach((cut, i) =>
    svg.append(
      svgEl(
        document,
        'text',
        { class: 'cut', x: left + grid + 6, y: top + (2.5 - i) * cell + 4, 'font-size': 11, fill: 'currentColor' },
        cut,
      ),
    ),
  );
  svg.append(
    svgEl(
      document,
      'text',
      { x: left, y: axisY + 16, 'font-size': 12, fill: 'currentColor' },
      `${options.absenceLabel} →`,
    ),
  );
  svg.append(
    svgEl(
      document,
      'text',
      { x: 0, y: 0, 'font-size': 12, fill: 'currentColor', transform: `translate(${left - 10},${axisY}) rotate(-90)` },
      `${options.needLabel} →`,
    ),
  );

  const keyY = axisY + 26;
  const key = svgEl(document, 'g', {
    class: 'cell',
    'data-cell': 'none',
    tabindex: 0,
    role: 'img',
    'aria-label': `No data: ${plural(noData)}`,
  });
  key.append(
    svgEl(document, 'rect', {
      x: left,
      y: keyY,
      width: 18,
      height: 18,
      fill: 'url(#bivariate-legend-hatch)',
      stroke: NO_DATA_FILL,
    }),
  );
  key.append(
    svgEl(
      document,
      'text',
      { x: left + 26, y: keyY + 14, 'font-size': 12, fill: 'currentColor', 'aria-hidden': 'true' },
      `No data: ${noData}`,
    ),
  );
  const pattern = svgEl(document, 'pattern', {
    id: 'bivariate-legend-hatch',
    width: 6,
    height: 6,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  pattern.append(svgEl(document, 'line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: NO_DATA_FILL, 'stroke-width': 2.5 }));
  const defs = svgEl(document, 'defs');
  defs.append(pattern);
  svg.prepend(defs);
  svg.append(key);
  svg.append(
    svgEl(
      document,
      'text',
      { class: 'legend-note', x: left, y: keyY + 38, 'font-size': 12, fill: 'currentColor' },
      options.note,
    ),
  );
  return svg;
}
