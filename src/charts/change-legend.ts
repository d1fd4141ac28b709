/** The key of a diverging change map: seven swatches from "fell most" to "rose most" against England's change. */
import { CHANGE_DIVERGING, NEUTRAL } from './palette';
import { int, pp } from '../lib/format';
import { FEW_PUPILS } from '../config/benchmark';
import { svgEl } from './svg';
import { thresholds } from '../derive/change-bins';

/**
 * A legend group `width` wide: the swatches, thresholds in pp under their edges, end captions, and the few-pupils
 * and no-data swatches (`hatchId`: the map's no-data pattern).
 */
export function changeLegend(
  document: Document,
  step: number,
  width: number,
  caption: string,
  hatchId: string,
): { group: SVGGElement; height: number } {
  const g = svgEl(document, 'g', { class: 'change-legend', 'font-size': 11, 'aria-hidden': 'true' });
  const pad = 12;
  const swatch = (width - 2 * pad) / CHANGE_DIVERGING.length;
  g.append(
    svgEl(
      document,
      'text',
      { x: pad, y: 12, fill: 'currentColor', 'text-anchor': 'start', 'font-weight': 600 },
      caption,
    ),
  );
  CHANGE_DIVERGING.forEach((fill, i) =>
    g.append(
      svgEl(document, 'rect', {
        x: pad + i * swatch,
        y: 20,
        width: swatch,
        height: 12,
        fill,
        stroke: NEUTRAL.paper,
        'stroke-width': 0.5,
      }),
    ),
  );
  // On narrow legends the ±1.5-step labels are left out, so labels never touch.
  thresholds(step).forEach((t, i) => {
    if (swatch < 40 && (i === 1 || i === 4)) return;
    g.append(
      svgEl(
        document,
        'text',
        { x: pad + (i + 1) * swatch, y: 46, fill: 'currentColor', 'text-anchor': 'middle' },
        pp(t, 1).replace(' pp', ''),
      ),
    );
  });
  g.append(
    svgEl(
      document,
      'text',
      { x: pad, y: 62, fill: 'currentColor', 'text-anchor': 'start' },
      '← fell more than England',
    ),
  );
  g.append(
    svgEl(document, 'text', { x: width - pad, y: 62, fill: 'currentColor', 'text-anchor': 'end' }, 'rose more →'),
  );
  g.append(
    svgEl(document, 'rect', {
      x: pad,
      y: 72,
      width: 18,
      height: 12,
      fill: CHANGE_DIVERGING[5],
      'fill-opacity': 0.35,
      stroke: 'currentColor',
      'stroke-dasharray': '2,2',
    }),
  );
  g.append(
    svgEl(
      document,
      'text',
      { x: pad + 24, y: 82, fill: 'currentColor', 'text-anchor': 'start' },
      `Faded, dashed edge: fewer than ${int(FEW_PUPILS)} pupils`,
    ),
  );
  g.append(svgEl(document, 'rect', { x: pad, y: 92, width: 18, height: 12, fill: `url(#${hatchId})` }));
  g.append(
    svgEl(
      document,
      'text',
      { x: pad + 24, y: 102, fill: 'currentColor', 'text-anchor': 'start' },
      'Hatched: no comparable baseline (boundary change)',
    ),
  );
  return { group: g, height: 112 };
}

/** The legend alone as an SVG (the page draws it at a fixed width beside a map that scales). */
export function changeLegendSvg(
  document: Document,
  step: number,
  width: number,
  caption: string,
  hatchId: string,
): SVGSVGElement {
  const { group, height } = changeLegend(document, step, width, caption, hatchId);
  const svg = svgEl(document, 'svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': 'system-ui, sans-serif',
    class: 'change-legend-svg',
  });
  svg.append(group);
  return svg;
}
