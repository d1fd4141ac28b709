/**
 * data/geo/<vintage>.topo.json: English counties and unitary authorities of one ONS vintage (object
 * `las`) and the 9 regions (object `regions`), simplified and quantized for the web. One loader per file.
 */
import type { FeatureCollection } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';
import type { Vintage } from '../../src/config/boundaries';
import { readBoundaries, type AreaFeature } from '../adapters/boundaries';
import { requireRaw } from '../lib/data-dir';
import type { Loader } from '../lib/loader';
import { stableJson } from '../lib/write';
import { SOURCES, type SourceId } from '../sources';

/** Keep the most significant 40% of points (the sources are already 500 m generalised), then a 10,000 x 10,000 grid (about 50 m over England). */
const KEEP = 0.4;
const QUANTIZE = 1e4;

const collection = (features: AreaFeature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

function read(id: SourceId, dir: string, pattern: RegExp): AreaFeature[] {
  return readBoundaries(requireRaw(SOURCES[id], dir), SOURCES[id].path, pattern);
}

function geoLoader(vintage: Vintage, source: SourceId): Loader {
  return {
    output: `geo/${vintage}.topo.json`,
    sources: [source, 'regions2023'],
    build(dir) {
      const las = read(source, dir, /^E0[6-9]|^E10/);
      const regions = read('regions2023', dir, /^E12/);
      const full = presimplify(topology({ las: collection(las), regions: collection(regions) }) as Topology<Objects>);
      return stableJson(quantize(simplify(full, quantile(full, 1 - KEEP)), QUANTIZE));
    },
  };
}

export const geoLoaders: Loader[] = [
  geoLoader('ctyua-2019', 'ctyua2019'),
  geoLoader('ctyua-2022', 'ctyua2022'),
  geoLoader('ctyua-2023', 'ctyua2023'),
];
