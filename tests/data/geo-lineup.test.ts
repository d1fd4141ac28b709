/** Each year's LA data must line up with that year's map, and every boundary change must show. */
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { absenceRecords, years } from '../../src/data/absence';
import { areaFor, areas, mapUnitsFor } from '../../src/data/areas';
import { topologyFor } from '../../src/data/geo';
import { vintageFor } from '../../src/config/boundaries';

const laCodesIn = (year: string) =>
  [
    ...new Set(absenceRecords.filter((r) => r.year === year && r.level === 'Local authority').map((r) => r.code)),
  ].sort();
const featureIdsOf = (year: string) => {
  const topo = topologyFor(vintageFor(year));
  return feature(topo, topo.objects.las as GeometryCollection)
    .features.map((f) => String(f.id))
    .sort();
};
const unitOf = (year: string, code: string) => mapUnitsFor(year).find((u) => u.dataCodes.includes(code));

describe('boundary vintages', () => {
  it('draws 2015/16 to 2020/21 on December 2019 boundaries, 2021/22 and 2022/23 on 2022, and 2023/24 on 2023', () => {
    expect(['2015/16', '2018/19', '2020/21', '2021/22', '2022/23', '2023/24', '2024/25'].map(vintageFor)).toEqual([
      'ctyua-2019',
      'ctyua-2019',
      'ctyua-2019',
      'ctyua-2022',
      'ctyua-2022',
      'ctyua-2023',
      'ctyua-2023',
    ]);
  });
});

describe.each(years)('the %s map', (year) => {
  const units = mapUnitsFor(year);

  it("shows every LA in that year's data in exactly one map unit", () => {
    const shown = units.flatMap((u) => u.dataCodes).sort();
    expect(shown).toEqual(laCodesIn(year));
  });

  it("draws every feature of the year's boundary vintage exactly once", () => {
    expect(units.flatMap((u) => u.featureIds).sort()).toEqual(featureIdsOf(year));
  });
});

describe('each boundary change on the maps', () => {
  it('Bournemouth, Poole and Dorset county are one unit drawn as BCP plus Dorset until 2018/19, then BCP and Dorset are separate', () => {
    const merged = unitOf('2018/19', 'E06000028');
    expect(merged).toMatchObject({
      featureIds: ['E06000058', 'E06000059'],
      dataCodes: ['E06000028', 'E06000029', 'E10000009'],
    });
    expect(merged?.note).toMatch(/Christchurch/);
    expect(unitOf('2018/19', 'E10000009')).toEqual(merged);
    expect(unitOf('2020/21', 'E06000058')).toMatchObject({ featureIds: ['E06000058'], dataCodes: ['E06000058'] });
    expect(unitOf('2020/21', 'E06000059')).toMatchObject({ featureIds: ['E06000059'], dataCodes: ['E06000059'] });
  });

  it("Buckinghamshire's new code E06000060 is drawn on the 2019 county boundary in 2020/21, and on its own boundary from 2021/22", () => {
    expect(unitOf('2018/19', 'E10000002')).toMatchObject({ featureIds: ['E10000002'] });
    expect(unitOf('2020/21', 'E06000060')).toMatchObject({
      featureIds: ['E10000002'],
      note: expect.stringMatching(/same area, new code/),
    });
    expect(unitOf('2021/22', 'E06000060')).toMatchObject({ featureIds: ['E06000060'] });
  });

  it('Northamptonshire is one area to 2020/21 and North and West Northamptonshire from 2021/22', () => {
    expect(unitOf('2020/21', 'E10000021')).toMatchObject({ featureIds: ['E10000021'] });
    expect(unitOf('2021/22', 'E10000021')).toBeUndefined();
    expect(['E06000061', 'E06000062'].map((c) => unitOf('2021/22', c)?.featureIds)).toEqual([
      ['E06000061'],
      ['E06000062'],
    ]);
  });

  it('Cumbria, North Yorkshire and Somerset counties give way to their unitary authorities in 2023/24', () => {
    for (const old of ['E10000006', 'E10000023', 'E10000027']) {
      expect(unitOf('2022/23', old)?.featureIds).toEqual([old]);
      expect(unitOf('2023/24', old)).toBeUndefined();
    }
    for (const code of ['E06000063', 'E06000064', 'E06000065', 'E06000066'])
      expect(unitOf('2023/24', code)?.featureIds).toEqual([code]);
  });

  it('says there is no map for 2019/20, which has no LA data', () => {
    expect(() => mapUnitsFor('2019/20')).toThrow(/no LA data for 2019\/20/);
  });
});

describe('areas and their boundary changes', () => {
  it('lists every LA code in the absence data, with its DfE code and region', () => {
    const codes = new Set(absenceRecords.filter((r) => r.level === 'Local authority').map((r) => r.code));
    expect(areas.map((a) => a.code).sort()).toEqual([...codes].sort());
    expect(areaFor('E06000001')).toMatchObject({
      name: 'Hartlepool',
      oldLaCode: '805',
      regionCode: 'E12000001',
      firstYear: '2015/16',
      lastYear: '2024/25',
    });
  });

  it('links predecessors and successors both ways, with a note in plain words', () => {
    for (const area of areas) {
      for (const s of area.successors) expect(areaFor(s)?.predecessors).toContain(area.code);
      for (const p of area.predecessors) expect(areaFor(p)?.successors).toContain(area.code);
      expect(Boolean(area.change)).toBe(area.successors.length + area.predecessors.length > 0);
    }
    expect(areaFor('E10000009')).toMatchObject({ lastYear: '2018/19', successors: ['E06000058', 'E06000059'] });
    expect(areaFor('E06000028')?.successors).toEqual(['E06000058']);
    expect(areaFor('E06000064')).toMatchObject({
      firstYear: '2023/24',
      predecessors: ['E10000006'],
      change: expect.stringMatching(/Cumbria/),
    });
    expect(areaFor('E10000021')).toMatchObject({ lastYear: '2020/21', successors: ['E06000061', 'E06000062'] });
  });
});
