import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { geoArea, geoBounds } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { readBoundaries } from '../../scripts/adapters/boundaries';
import { PROJECT_ROOT, requireRaw } from '../../scripts/lib/data-dir';
import { SOURCES } from '../../scripts/sources';
import { topologyFor } from '../../src/data/geo';
import { VINTAGES } from '../../src/config/boundaries';
import { describeWithRaw } from '../helpers/raw-data';

/** England's extent with a margin: Isles of Scilly in the south-west to Berwick in the north. */
const ENGLAND = { west: -6.5, east: 1.8, south: 49.8, north: 55.85 };
const FEATURES = { 'ctyua-2019': 151, 'ctyua-2022': 152, 'ctyua-2023': 153 };

describe.each(VINTAGES)('the %s boundary topology', (vintage) => {
  const topo = topologyFor(vintage);
  const layers = ['las', 'regions'].map((name) => ({
    name,
    fc: feature(topo, topo.objects[name] as GeometryCollection<{ name: string }>),
  }));

  it('holds every English county and unitary authority of the vintage, and the 9 regions', () => {
    const [las, regions] = layers.map((l) => l.fc.features);
    expect(las).toHaveLength(FEATURES[vintage]);
    expect(las.every((f) => /^E(0[6-9]|10)\d{6}$/.test(String(f.id)))).toBe(true);
    expect(regions.map((f) => f.id).sort()).toEqual(Array.from({ length: 9 }, (_, i) => `E1200000${i + 1}`));
  });

  it('keeps only a name on each feature', () => {
    for (const { fc } of layers) for (const f of fc.features) expect(Object.keys(f.properties)).toEqual(['name']);
  });

  it('has no area that covers the sphere (rings wound the d3 way) and no area outside England', () => {
    for (const { fc } of layers) {
      for (const f of fc.features) {
        const area = geoArea(f);
        expect(area, `${f.id} ${f.properties.name}`).toBeLessThan(2 * Math.PI);
        expect(area, `${f.id} has collapsed`).toBeGreaterThan(0);
        const [[west, south], [east, north]] = geoBounds(f);
        expect(
          [west >= ENGLAND.west, east <= ENGLAND.east, south >= ENGLAND.south, north <= ENGLAND.north],
          `${f.id} bounds`,
        ).toEqual([true, true, true, true]);
      }
    }
  });

  it('is small enough to send to a browser (under 120 KB)', () => {
    expect(statSync(resolve(PROJECT_ROOT, `data/geo/${vintage}.topo.json`)).size).toBeLessThan(120 * 1024);
  });
});

describeWithRaw(['ctyua2023', 'regions2023'], 'the boundary adapter', (dir) => {
  it('rewinds the ONS rings that d3 would read as covering the globe (Derby, Leicester, Nottingham, Stoke-on-Trent)', () => {
    const raw = JSON.parse(readFileSync(requireRaw(SOURCES.ctyua2023, dir), 'utf8')) as Topology;
    const inverted = feature(raw, raw.objects.data as GeometryCollection<{ AREANM: string }>)
      .features.filter((f) => geoArea(f) > 2 * Math.PI)
      .map((f) => f.properties!.AREANM);
    expect(inverted).toEqual(expect.arrayContaining(['Derby', 'Leicester', 'Nottingham', 'Stoke-on-Trent']));
    const fixed = readBoundaries(requireRaw(SOURCES.ctyua2023, dir), SOURCES.ctyua2023.path, /^E/);
    expect(fixed.filter((f) => geoArea(f) > 2 * Math.PI)).toEqual([]);
    const regions = readBoundaries(requireRaw(SOURCES.regions2023, dir), SOURCES.regions2023.path, /^E12/);
    expect(regions.filter((f) => geoArea(f) > 2 * Math.PI)).toEqual([]);
  });

  it('names the file and column of a feature without a code', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-geo-')), 'bad.json');
    const topo = {
      type: 'Topology',
      arcs: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
      objects: {
        data: {
          type: 'GeometryCollection',
          geometries: [{ type: 'Polygon', arcs: [[0]], properties: { AREANM: 'Nowhere' } }],
        },
      },
    };
    writeFileSync(path, JSON.stringify(topo));
    expect(() => readBoundaries(path, 'bad.json', /^E/)).toThrow('bad.json, column "AREACD"');
  });
});
