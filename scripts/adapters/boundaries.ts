/**
 * Adapter for the ONS boundary layers as TopoJSON (object `data`, properties AREACD/AREANM): English
 * features as GeoJSON with properties { name } and id = GSS code, rings wound the way d3-geo expects.
 */
import { geoArea } from 'd3';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { DataError } from '../lib/errors';
import { recordRows } from '../lib/expect';
import { readJson } from '../lib/read-raw';

export type AreaFeature = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };

/**
 * ONS rings are mostly clockwise (d3's convention) but a few are not; d3 then reads such a polygon as
 * the whole globe minus the area. Reverse the rings of any polygon that covers more than a hemisphere.
 */
function rewind(rings: Position[][]): Position[][] {
  const area = geoArea({ type: 'Polygon', coordinates: rings });
  return area > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
}

function rewound(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rewind(geometry.coordinates) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewind) };
}

export function readBoundaries(path: string, label: string, codePattern: RegExp): AreaFeature[] {
  const topo = readJson(path, label) as Topology;
  const object = topo.objects?.data;
  if (topo.type !== 'Topology' || object?.type !== 'GeometryCollection') {
    throw new DataError(label, 'expected a TopoJSON Topology with a GeometryCollection named "data"');
  }
  const collection = feature(topo, object);
  recordRows(label, collection.features.length, 'features');
  const seen = new Set<string>();
  const features: AreaFeature[] = [];
  collection.features.forEach((f, i) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const code = String(props.AREACD ?? '');
    const name = String(props.AREANM ?? '').trim();
    if (!/^[EWSN]\d{8}$/.test(code))
      throw new DataError(label, `feature ${i}: bad or missing code "${code}"`, undefined, 'AREACD');
    if (!codePattern.test(code)) return; // outside England
    if (!name) throw new DataError(label, `feature ${code} has no name`, undefined, 'AREANM');
    if (seen.has(code)) throw new DataError(label, `duplicate feature ${code}`, undefined, 'AREACD');
    const geometry = f.geometry;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      throw new DataError(label, `feature ${code} has no polygon geometry`);
    }
    seen.add(code);
    features.push({ type: 'Feature', id: code, properties: { name }, geometry: rewound(geometry) });
  });
  return features;
}
