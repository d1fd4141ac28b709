/**
 * A small locator map: England's outline and regions, with one area highlighted. Drawn as four paths
 * (outline, region borders, area, and a ring around small areas) so each profile page stays light.
 */
import { geoPath } from 'd3-geo';
import { compactGeoPath } from './compact-path';
import { englandAlbers } from './projection';
import type { Feature, Geometry, MultiLineString } from 'geojson';
import { svgEl } from './svg';
import { LA_COLOUR, NEUTRAL } from './palette';

/** Areas smaller than this (px²) get a ring so they can be seen (London boroughs, Rutland, ...). */
const SMALL_AREA = 60;

export interface LocatorShapes {
  /** England, merged from its regions. */
  england: Feature<Geometry>;
  /** Borders between regions. */
  regionBorders: MultiLineString;
  /** The area to highlight (one feature per boundary it is drawn from). */
  highlight: Feature<Geometry>[];
}

export interface LocatorMapOptions {
  document: Document;
  /** Accessible name, e.g. "Where Cumbria is in England". */
  label: string;
  width?: number;
  height?: number;
}

export function locatorMap(shapes: LocatorShapes, options: LocatorMapOptions): SVGSVGElement {
  const { document, label, width = 220, height = 260 } = options;
  const projection = englandAlbers(
    [
      [4, 4],
      [width - 4, height - 4],
    ],
    shapes.england,
  );
  const path = compactGeoPath(projection, 0); // whole pixels are plenty at this size
  const svg = svgEl(document, 'svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-label': label,
    class: 'locator-map',
  }) as SVGSVGElement;
  const title = svgEl(document, 'title', {});
  title.textContent = label;
  const area = { type: 'FeatureCollection' as const, features: shapes.highlight };
  svg.append(
    title,
    // Default colours for a standalone SVG; pages restyle these classes with theme colours.
    svgEl(document, 'path', {
      class: 'england',
      d: path(shapes.england) ?? '',
      fill: NEUTRAL.land,
      stroke: NEUTRAL.landEdge,
      'stroke-width': 0.8,
    }),
    svgEl(document, 'path', {
      class: 'borders',
      d: path(shapes.regionBorders) ?? '',
      fill: 'none',
      stroke: NEUTRAL.border,
      'stroke-width': 0.6,
    }),
    svgEl(document, 'path', { d: path(area) ?? '', fill: LA_COLOUR, stroke: LA_COLOUR, 'stroke-width': 0.6 }),
  );
  const measure = geoPath(projection);
  if (measure.area(area) < SMALL_AREA) {
    const [x, y] = measure.centroid(area);
    svg.append(
      svgEl(document, 'circle', {
        cx: x.toFixed(1),
        cy: y.toFixed(1),
        r: 9,
        fill: 'none',
        stroke: LA_COLOUR,
        'stroke-width': 2,
      }),
    );
  }
  return svg;
}
