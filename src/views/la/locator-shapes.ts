/** Shapes for the locator map, prepared once per boundary vintage (simplified: a 220 px map needs half the points). */
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LocatorShapes } from '../../charts/locator-map';
import { mapUnitsFor, type MapUnit } from '../../data/areas';
import { topologyFor } from '../../data/geo';
import { vintageFor, type Vintage } from '../../config/boundaries';

interface VintageShapes {
  topology: Topology;
  england: LocatorShapes['england'];
  regionBorders: LocatorShapes['regionBorders'];
}

const cache = new Map<Vintage, VintageShapes>();

function vintageShapes(vintage: Vintage): VintageShapes {
  const cached = cache.get(vintage);
  if (cached) return cached;
  const full = presimplify(topologyFor(vintage));
  const topology = simplify(full, quantile(full, 0.5)) as Topology;
  const regions = topology.objects.regions as GeometryCollection;
  const shapes = {
    topology,
    england: { type: 'Feature' as const, properties: {}, geometry: merge(topology, regions.geometries as never) },
    regionBorders: mesh(topology, regions, (a, b) => a !== b),
  };
  cache.set(vintage, shapes);
  return shapes;
}

/** The LA as drawn on the map of its year (its own boundary, or the merged unit it is part of), or null. */
export function locatorFor(code: string, year: string): { shapes: LocatorShapes; unit: MapUnit } | null {
  const unit = mapUnitsFor(year).find((u) => u.dataCodes.includes(code));
  if (!unit) return null;
  const { topology, england, regionBorders } = vintageShapes(vintageFor(year));
  const las = topology.objects.las as GeometryCollection;
  const highlight = unit.featureIds
    .map((id) => las.geometries.find((g) => g.id === id))
    .filter((g) => g !== undefined)
    .map((g) => feature(topology, g) as Feature<Geometry>);
  return highlight.length ? { shapes: { england, regionBorders, highlight }, unit } : null;
}
