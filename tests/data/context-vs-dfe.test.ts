/** Context indicators from LAIT, KS4 and SEN files against DfE's published figures and our absence data. */
import { beforeAll, expect, it } from 'vitest';
import { readLait, readLaitDecimals } from '../../scripts/adapters/lait';
import { mapLaitArea, readLaLookup } from '../../scripts/adapters/lait-areas';
import { readKs4Areas } from '../../scripts/adapters/ks4';
import { checkAgainstKs4, readLaitByArea, type IndicatorValue } from '../../scripts/loaders/context.json.ts';
import { rawPath } from '../../scripts/lib/data-dir';
import { SOURCES } from '../../scripts/sources';
import { absenceRecords } from '../../src/data/absence';
import { rate } from '../../src/derive/rates';
import { describeWithRaw } from '../helpers/raw-data';

describeWithRaw(['lait', 'laitDictionary', 'las', 'ks4La'], 'LAIT context indicators', (dir) => {
  let values: IndicatorValue[] = [];
  const find = (measure: string, code: string, year: string) =>
    values.find((v) => v.measure === measure && v.area.code === code && v.year === year)?.value;

  beforeAll(async () => {
    values = await readLaitByArea(dir, ['FSP_NEW_GOODDEV', 'AVG_Attain8_Score', 'TotPerAbNew', 'TotAbs']);
  });

  it("maps every one of LAIT's 170 areas to a GSS code", async () => {
    const decimals = readLaitDecimals(rawPath(SOURCES.laitDictionary, dir), ['TotPerAbNew']);
    const records = await readLait(rawPath(SOURCES.lait, dir), decimals);
    const lookup = readLaLookup(rawPath(SOURCES.las, dir));
    const codes = new Map<string, Set<string>>();
    records.forEach((r, row) => {
      const area = mapLaitArea(lookup, r, { file: 'lait', row });
      if (area) codes.set(r.area, (codes.get(r.area) ?? new Set()).add(area.code));
    });
    expect(codes.size).toBe(170);
    expect([...codes.get('North Yorkshire')!]).toEqual(['E10000023', 'E06000065']);
    expect([...codes.get('London (Inner)')!]).toEqual(['E13000001']);
  });

  it('gives EYFS good level of development for 2022/23 as published: England 67.2, North East 66.3, North West 64.3', () => {
    expect(find('FSP_NEW_GOODDEV', 'E92000001', '2022/23')).toBe(67.2);
    expect(find('FSP_NEW_GOODDEV', 'E12000001', '2022/23')).toBe(66.3);
    expect(find('FSP_NEW_GOODDEV', 'E12000002', '2022/23')).toBe(64.3);
    expect(find('FSP_NEW_GOODDEV', 'E13000001', '2022/23')).toBe(69.1);
  });

  it('has no EYFS results for 2019/20 and 2020/21 (assessments suspended), rather than zeros', () => {
    expect(find('FSP_NEW_GOODDEV', 'E92000001', '2019/20')).toBeUndefined();
    expect(find('FSP_NEW_GOODDEV', 'E92000001', '2020/21')).toBeUndefined();
  });

  it('gives KS4 Attainment 8 for 2022/23 as published: London 50.6, Inner 49.7, Outer 51.0, North East 44.5', () => {
    expect(find('AVG_Attain8_Score', 'E12000007', '2022/23')).toBe(50.6);
    expect(find('AVG_Attain8_Score', 'E13000001', '2022/23')).toBe(49.7);
    expect(find('AVG_Attain8_Score', 'E13000002', '2022/23')).toBe(51.0);
    expect(find('AVG_Attain8_Score', 'E12000001', '2022/23')).toBe(44.5);
  });

  it('agrees with the KS4 revised LA file for every LA and region, 2018/19 to 2022/23 (Hartlepool 41.3 in 2022/23)', () => {
    const hartlepool = readKs4Areas(rawPath(SOURCES.ks4La, dir)).find(
      (r) => r.name === 'Hartlepool' && r.year === '2022/23',
    )!;
    expect(hartlepool.att8).toBe(41.3);
    expect(find('AVG_Attain8_Score', hartlepool.code, '2022/23')).toBe(41.3);
    expect(checkAgainstKs4(values, dir)).toBeGreaterThan(5 * 150);
  });

  it('matches data/absence.json persistent and overall absence for England and the regions in 2022/23', () => {
    for (const code of [
      'E92000001',
      'E12000001',
      'E12000002',
      'E12000003',
      'E12000004',
      'E12000005',
      'E12000006',
      'E12000007',
      'E12000008',
      'E12000009',
    ]) {
      const ours = absenceRecords.find((r) => r.code === code && r.year === '2022/23' && r.schoolType === 'Total')!;
      expect(find('TotPerAbNew', code, '2022/23')).toBeCloseTo(rate(ours, 'persistent')!, 2);
      expect(find('TotAbs', code, '2022/23')).toBeCloseTo(rate(ours, 'overall')!, 2);
    }
  });

  it('places every LA-year on the same GSS code as data/absence.json, with the same persistent absence', () => {
    const laValues = values.filter((v) => v.measure === 'TotPerAbNew' && v.area.level === 'Local authority');
    const absence = new Map(
      absenceRecords
        .filter((r) => r.level === 'Local authority' && r.schoolType === 'Total')
        .map((r) => [`${r.code}|${r.year}`, r]),
    );
    const unmatched = laValues.filter((v) => !absence.has(`${v.area.code}|${v.year}`));
    expect(unmatched.map((v) => `${v.area.name} ${v.year}`)).toEqual([]);
    const differences = laValues.filter(
      (v) => Math.abs(v.value - rate(absence.get(`${v.area.code}|${v.year}`)!, 'persistent')!) > 0.006,
    );
    expect(differences).toEqual([]);
    expect(laValues.length).toBeGreaterThan(1300);
  });
});
