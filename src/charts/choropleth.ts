/**
 * A one-variable choropleth of LAs in a few ordered classes (sequential, colour-blind-safe palette), region borders
 * on top, a key of the class ranges drawn inside the SVG, and LAs without data in grey. Each area's name and value
 * are in its <title>; every value is also in the figure's data table.
 */
import { geoAlbers } from 'd3-geo';
import { compactGeoPath } from './compact-path';
import type { Feature, Geometry, MultiLineString } from 'geojson';
import { NO_DATA_FILL } from './bivariate-palette';
import { appendKey } from './chart-key';
import { svgEl } from './svg';
import { NEUTRAL, SEQUENTIAL_5 } from './palette';

export interface ChoroplethArea {
  feature: Feature<Geometry>;
  name: string;
  value: number | null;
  /** Class index into the palette, or null for no data. */
  cls: number | null;
  text: string;
}

export function choropleth(
  areas: readonly ChoroplethArea[],
  borders: MultiLineString,
  options: { document: Document; width?: number; classLabels: string[]; noDataLabel: string },
): SVGSVGElement {
  const { document, width = 720, classLabels, noDataLabel } = options;
  const fontSize = width < 520 ? 11 : 12;
  const keyHeight = 2 * (fontSize + 8) + 12;
  const height = Math.round(width * 1.1) + keyHeight;
  const collection = { type: 'FeatureCollection' as const, features: areas.map((a) => a.feature) };
  const projection = geoAlbers()
    .rotate([2, 0])
    .center([0, 52.7])
    .parallels([50, 56])
    .fitExtent(
      [
        [4, keyHeight + 4],
        [width - 4, height - 4],
      ],
      collection,
    );
  const path = compactGeoPath(projection, 0); // whole pixels are enough at page width
  const svg = svgEl(document, 'svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    class: 'choropleth',
    'font-family': 'system-ui, sans-serif',
  }) as SVGSVGElement;
  const g = svgEl(document, 'g', { class: 'areas' });
  for (const a of areas) {
    const p = svgEl(document, 'path', {
      d: path(a.feature) ?? '',
      fill: a.cls === null ? NO_DATA_FILL : SEQUENTIAL_5[a.cls],
      stroke: NEUTRAL.paper,
      'stroke-width': 0.4,
    });
    p.append(svgEl(document, 'title', {}, `${a.name}: ${a.text}`));
    g.append(p);
  }
  svg.append(
    g,
    svgEl(document, 'path', {
      class: 'borders',
      d: path(borders) ?? '',
      fill: 'none',
      stroke: 'currentColor',
      'stroke-width': 1,
    }),
  );
  appendKey(
    svg,
    [
      ...classLabels.map((label, i) => ({ label, colour: SEQUENTIAL_5[i], shape: 'box' as const })),
      { label: noDataLabel, colour: NO_DATA_FILL, shape: 'box' as const },
    ],
    { document, left: 4, top: 10, width: width - 8, fontSize },
  );
  return svg;
}
