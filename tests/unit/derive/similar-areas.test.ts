import { describe, expect, it } from 'vitest';
import { similarAreas, type AreaProfile } from '../../../src/derive/similar-areas';

const area = (code: string, idaci: number | null, pupils: number | null): AreaProfile => ({ code, idaci, pupils });
const pool = [
  area('A', 0.1, 50_000),
  area('B', 0.11, 52_000),
  area('C', 0.3, 50_000),
  area('D', 0.12, 5_000),
  area('E', null, 50_000),
];

describe('similar areas', () => {
  it('puts the area closest on deprivation and size first, and never the area itself', () => {
    const result = similarAreas(pool[0], pool, { count: 3 });
    expect(result.map((r) => r.code)).toEqual(['B', 'D', 'C']);
    expect(result[0].distance).toBeLessThan(result[1].distance);
  });

  it('prefers an area of similar size when two are equally deprived', () => {
    const target = area('T', 0.2, 100_000);
    const result = similarAreas(target, [area('Small', 0.21, 10_000), area('Big', 0.21, 90_000)]);
    expect(result.map((r) => r.code)).toEqual(['Big', 'Small']);
  });

  it('leaves out areas with unknown deprivation, and returns none when the target is unknown', () => {
    expect(similarAreas(pool[0], pool, { count: 10 }).map((r) => r.code)).not.toContain('E');
    expect(similarAreas(pool[4], pool)).toEqual([]);
  });

  it('compares on deprivation alone when the target has no pupil count', () => {
    const result = similarAreas(area('T', 0.115, null), pool, { count: 2 });
    expect(result.map((r) => r.code).sort()).toEqual(['B', 'D']);
  });
});
