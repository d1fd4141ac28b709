/**
 * Bivariate choropleth of map units (upper-tier LAs), with region outlines drawn over them and a
 * London inset. Pure: (shapes, options) -> SVG; the browser re-colours the same paths with
 * `colourMap` (one code path for build-time and live colours).
 */
import type { GeoPermissibleObjects } from 'd3-geo';
import { compactGeoPath } from './compact-path';
import { englandAlbers } from './projection';
import { feature, merge } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { bivariateColour, NO_DATA_FILL } from './bivariate-palette';
import { classLabel, type BivariateClass } from '../derive/bivariate';
import type { NeedAxis } from '../config/map-options';
import { svgEl } from './svg';
import { NEUTRAL } from './palette';

export const HATCH_ID = 'bivariate-no-data';
/** Default strokes for standalone SVGs; pages override them with theme colours in CSS. */
const UNIT_STROKE = { stroke: NEUTRAL.paper, 'stroke-width': 0.5, 'stroke-linejoin': 'round' };

export interface Shape {
  id: string;
  name: string;
  feature: Feature<Geometry>;
}

export interface UnitStyle {
  /** Palette colour, or null for "no data" (hatched). */
  fill: string | null;
  /** Cell key "absence-deprivation" ("1-2"), or "none". */
  cell: string;
  /** Accessible name: LA name and its class. */
  label: string;
  /** Macro-region (North, Midlands, South), for emphasis. */
  macro: string;
  /** The rate rests on few pupils: drawn faded with a dashed edge. */
  few?: boolean;
}

/** How a unit is drawn, from its class: the same at build time and in the browser. */
export const unitStyle = (
  name: string,
  cls: BivariateClass | null,
  macro: string,
  axis?: NeedAxis,
  few = false,
): UnitStyle => ({
  macro,
  few,
  fill: cls && bivariateColour(cls.absence, cls.need),
  cell: cls ? `${cls.absence}-${cls.need}` : 'none',
  label: `${name}: ${classLabel(cls, axis)}${few ? ' (few pupils)' : ''}`,
});

export interface BivariateMapOptions {
  document: Document;
  /** Style of each unit by id. */
  styleOf: (id: string) => UnitStyle;
  /** Macro-region of each region id, for emphasis. */
  macroOf: (regionId: string) => string;
  /** Unit ids shown again, enlarged, in the inset. */
  insetIds: readonly string[];
  insetLabel: string;
  title: string;
  width?: number;
  /** Defaults to the width times England's aspect (no blank bands at any width). */
  height?: number;
}

/** Height per unit of width that fits England with the London inset (680 x 560 at the default size). */
const MAP_ASPECT = 680 / 560;

/** Map units (each one or more merged features) and regions of a topology. */
export function shapesOf(
  topology: Topology,
  units: readonly { id: string; name: string; featureIds: readonly string[] }[],
): { units: Shape[]; regions: Shape[] } {
  const las = topology.objects.las as GeometryCollection<{ name: string }>;
  const byId = new Map(las.geometries.map((g) => [String(g.id), g]));
  const shapes = units.map((unit) => {
    const parts = unit.featureIds.map((id) => {
      const g = byId.get(id);
      if (!g) throw new Error(`map unit ${unit.id}: feature ${id} is not in the topology`);
      return g;
    });
    const geometry =
      parts.length === 1 ? (feature(topology, parts[0]) as Feature).geometry : merge(topology, parts as never);
    return {
      id: unit.id,
      name: unit.name,
      feature: { type: 'Feature', properties: {}, geometry } as Feature<Geometry>,
    };
  });
  const regions = (
    feature(topology, topology.objects.regions) as FeatureCollection<Geometry, { name: string }>
  ).features.map((f) => ({ id: String(f.id), name: f.properties.name, feature: f }));
  return { units: shapes, regions };
}

function hatch(document: Document): SVGDefsElement {
  const defs = svgEl(document, 'defs');
  const pattern = svgEl(document, 'pattern', {
    id: HATCH_ID,
    width: 6,
    height: 6,
    patternUnits: 'userSpaceOnUse',
    patternTransform: 'rotate(45)',
  });
  pattern.append(svgEl(document, 'rect', { width: 6, height: 6, fill: NO_DATA_FILL, 'fill-opacity': 0.35 }));
  pattern.append(svgEl(document, 'line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: NO_DATA_FILL, 'stroke-width': 2.5 }));
  defs.append(pattern);
  return defs;
}

/** Sets fill, cell and accessible name on every unit path (main map and inset). */
export function colourMap(svg: SVGSVGElement, styleOf: (id: string) => UnitStyle): void {
  for (const path of svg.querySelectorAll<SVGPathElement>('path.la')) {
    const style = styleOf(path.getAttribute('data-id') ?? '');
    path.setAttribute('fill', style.fill ?? `url(#${HATCH_ID})`);
    path.setAttribute('data-cell', style.cell);
    path.setAttribute('data-macro', style.macro);
    if (style.few) {
      path.setAttribute('data-few', 'true');
      path.setAttribute('fill-opacity', '0.4');
      path.setAttribute('stroke-dasharray', '2,2');
    } else {
      path.removeAttribute('data-few');
      path.removeAttribute('fill-opacity');
      path.removeAttribute('stroke-dasharray');
    }
    if (!path.closest('.inset')) {
      // A named image in a static drawing (embeds, no JavaScript); the map page makes it a button.
      if (!path.hasAttribute('role')) path.setAttribute('role', 'img');
      path.setAttribute('aria-label', style.label);
    }
  }
}

function drawUnits(
  document: Document,
  parent: Element,
  shapes: readonly Shape[],
  path: ReturnType<typeof compactGeoPath>,
) {
  for (const shape of shapes) {
    const d = path(shape.feature as GeoPermissibleObjects);
    if (d) parent.append(svgEl(document, 'path', { class: 'la', 'data-id': shape.id, d }));
  }
}

export function bivariateMap(
  shapes: { units: Shape[]; regions: Shape[] },
  options: BivariateMapOptions,
): SVGSVGElement {
  const { document, width = 560 } = options;
  const height = options.height ?? Math.round(width * MAP_ASPECT);
  const pad = 8;
  const projection = englandAlbers(
    [
      [pad, pad],
      [width - pad, height - pad],
    ],
    { type: 'FeatureCollection', features: shapes.units.map((s) => s.feature) },
  );
  const path = compactGeoPath(projection, 1);

  const svg = svgEl(document, 'svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    class: 'bivariate-map',
    'font-family': 'system-ui, sans-serif',
    role: 'group',
    'aria-label': options.title,
  });
  svg.append(hatch(document));
  const main = svgEl(document, 'g', { class: 'las', ...UNIT_STROKE });
  drawUnits(document, main, shapes.units, path);
  const regions = svgEl(document, 'g', { class: 'regions', 'aria-hidden': 'true' });
  for (const region of shapes.regions) {
    const d = path(region.feature as GeoPermissibleObjects);
    if (d)
      regions.append(
        svgEl(document, 'path', {
          class: 'region',
          'data-macro': options.macroOf(region.id),
          d,
          fill: 'none',
          stroke: NEUTRAL.outline,
          'stroke-width': 1.4,
        }),
      );
  }
  svg.append(main, regions);

  const insetShapes = shapes.units.filter((s) => options.insetIds.includes(s.id));
  if (insetShapes.length) {
    const box = {
      x: Math.round(width * 0.66),
      y: pad,
      w: Math.round(width * 0.34) - pad,
      h: Math.round(height * 0.24),
    };
    const inset = svgEl(document, 'g', { class: 'inset', 'aria-hidden': 'true', ...UNIT_STROKE });
    inset.append(
      svgEl(document, 'rect', {
        class: 'inset-frame',
        x: box.x,
        y: box.y,
        width: box.w,
        height: box.h,
        fill: 'none',
        stroke: NEUTRAL.frame,
      }),
    );
    // Sized for the map scaled down to a phone's 358 px column, where it must still read at 12 px.
    const labelSize = Math.max(13, Math.min(18, Math.round(width * 0.034)));
    const label = svgEl(document, 'text', {
      class: 'inset-label',
      x: box.x + 6,
      y: box.y + 4 + labelSize,
      'font-size': labelSize,
      fill: 'currentColor',
      stroke: 'none',
    });
    label.textContent = options.insetLabel;
    inset.append(label);
    const insetProjection = englandAlbers(
      [
        [box.x + 6, box.y + 22],
        [box.x + box.w - 6, box.y + box.h - 6],
      ],
      { type: 'FeatureCollection', features: insetShapes.map((s) => s.feature) },
    );
    drawUnits(document, inset, insetShapes, compactGeoPath(insetProjection, 1));
    svg.append(inset);
  }
  colourMap(svg, options.styleOf);
  return svg;
}
