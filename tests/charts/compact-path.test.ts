/** Map geometry written as compact relative path data draws exactly the vertices d3's absolute path does. */
import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import { compactGeoPath } from '../../src/charts/compact-path';
import { englandAlbers } from '../../src/charts/projection';
import { topologyFor } from '../../src/data/geo';

/** The absolute vertices of path data made of M, L/l (implicit repeats) and Z commands. */
function vertices(d: string): string[] {
  const out: string[] = [];
  let [x, y, relative] = [0, 0, false];
  for (const [, command, body] of d.matchAll(/([MLlZ])([^MLlZ]*)/g)) {
    if (command === 'Z') continue;
    const numbers = [...body.matchAll(/-?(\d+\.?\d*|\.\d+)/g)].map((m) => Number(m[0]));
    relative = command === 'l';
    for (let i = 0; i < numbers.length; i += 2) {
      [x, y] =
        relative || (command === 'M' && i > 0) ? [x + numbers[i], y + numbers[i + 1]] : [numbers[i], numbers[i + 1]];
      out.push(`${Math.round(x * 10)},${Math.round(y * 10)}`);
    }
  }
  // d3 may repeat a vertex (a segment that rounds to nothing); the compact path leaves those out.
  return out.filter((v, i) => v !== out[i - 1]);
}

describe('compact map paths', () => {
  const topology = topologyFor('ctyua-2023');
  const name = Object.keys(topology.objects)[0];
  const collection = feature(topology, topology.objects[name]) as unknown as FeatureCollection;
  const projection = englandAlbers(
    [
      [8, 8],
      [552, 672],
    ],
    collection,
  );

  it("put every vertex of every 2023 LA where d3's absolute path at 0.1 px does", () => {
    const compact = compactGeoPath(projection, 1);
    const absolute = geoPath(projection).digits(1);
    for (const f of collection.features) expect(vertices(compact(f)!)).toEqual(vertices(absolute(f)!));
    expect(collection.features.length).toBeGreaterThan(150);
  });

  it('write relative linetos with the command letter once and no leading zeros', () => {
    const d = compactGeoPath(projection, 1)(collection.features[0])!;
    expect(d).toMatch(/^M\d+(\.\d)?,\d+(\.\d)?l/);
    expect(d).not.toMatch(/[^\d]0\.\d/);
    expect(d.match(/l/g)?.length).toBe(d.match(/M/g)?.length);
  });

  it('are about a third smaller than absolute path data', () => {
    const total = (p: (f: never) => string | null) =>
      collection.features.reduce((n, f) => n + p(f as never)!.length, 0);
    const ratio = total(compactGeoPath(projection, 1)) / total(geoPath(projection).digits(1) as never);
    expect(ratio).toBeLessThan(0.75);
  });
});
