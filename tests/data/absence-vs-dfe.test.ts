/** Our figures, recomputed from counts, against the ones DfE published. */
import { expect, it } from 'vitest';
import { readAbsence } from '../../scripts/loaders/absence.json.ts';
import { withDerivedAreas } from '../../src/derive/aggregate-areas';
import { rate, sumCounts } from '../../src/derive/rates';
import { describeWithRaw } from '../helpers/raw-data';
import type { AbsenceRecord } from '../../src/data/absence-columns';

describeWithRaw(['absenceAnnual', 'absenceGeography'], 'absence rates recomputed from counts match DfE', (dir) => {
  const records = withDerivedAreas(readAbsence(dir));
  const find = (code: string, year: string, type = 'Total') =>
    records.find((r) => r.code === code && r.year === year && r.schoolType === type) as AbsenceRecord;

  it('gives England overall absence of 4.6% in 2015/16 and 7.1% in 2023/24', () => {
    expect(rate(find('E92000001', '2015/16'), 'overall')).toBeCloseTo(4.567, 2);
    expect(rate(find('E92000001', '2023/24'), 'overall')).toBeCloseTo(7.149, 2);
  });

  it('gives England persistent absence as published for every year since 2015/16', () => {
    const published = {
      '2015/16': 10.5,
      '2016/17': 10.79,
      '2017/18': 11.17,
      '2018/19': 10.86,
      '2020/21': 12.08,
      '2021/22': 22.51,
      '2022/23': 21.22,
      '2023/24': 19.95,
      '2024/25': 18.14,
    };
    for (const [year, value] of Object.entries(published))
      expect(rate(find('E92000001', year), 'persistent')).toBeCloseTo(value, 1);
  });

  it("gives the regions' 2022/23 persistent absence as published", () => {
    const published = {
      E12000001: 22.53,
      E12000002: 21.28,
      E12000003: 22.43,
      E12000004: 20.09,
      E12000005: 22.45,
      E12000006: 20.53,
      E12000007: 20.71,
      E12000008: 20.67,
      E12000009: 21.32,
    };
    for (const [code, value] of Object.entries(published))
      expect(rate(find(code, '2022/23'), 'persistent')).toBeCloseTo(value, 2);
  });

  it('gives persistent absence by phase in 2022/23 as published', () => {
    expect(rate(find('E92000001', '2022/23', 'State-funded primary'), 'persistent')).toBeCloseTo(16.21, 2);
    expect(rate(find('E92000001', '2022/23', 'State-funded secondary'), 'persistent')).toBeCloseTo(26.52, 2);
    expect(rate(find('E92000001', '2022/23', 'Special'), 'persistent')).toBeCloseTo(38.33, 2);
  });

  it("reproduces DfE's Inner and Outer London persistent absence for 2022/23 from LA counts", () => {
    expect(rate(find('E13000001', '2022/23'), 'persistent')).toBeCloseTo(22.0, 1);
    expect(rate(find('E13000002', '2022/23'), 'persistent')).toBeCloseTo(20.09, 2);
  });

  it("aggregates the North from its three regions' counts, not by averaging their rates", () => {
    const parts = ['E12000001', 'E12000002', 'E12000003'].map((c) => find(c, '2023/24'));
    const hand =
      (100 * parts.reduce((s, p) => s + p.sessUnauthorised!, 0)) / parts.reduce((s, p) => s + p.sessPossible!, 0);
    expect(rate(find('MR-NORTH', '2023/24'), 'unauthorised')).toBeCloseTo(hand, 10);
    const meanOfRates = parts.reduce((s, p) => s + rate(p, 'unauthorised')!, 0) / 3;
    expect(hand).not.toBeCloseTo(meanOfRates, 6);
  });

  it("makes North + Midlands + South add up to England's counts", () => {
    const macro = sumCounts(['MR-NORTH', 'MR-MIDLANDS', 'MR-SOUTH'].map((c) => find(c, '2022/23')));
    const england = find('E92000001', '2022/23');
    expect(macro.sessPossible).toBe(england.sessPossible);
    expect(macro.pa10).toBe(england.pa10);
  });

  it('keeps every LA through boundary changes: Northamptonshire to North and West in 2021/22, Cumbria to Cumberland and Westmorland and Furness in 2023/24', () => {
    expect(find('E10000021', '2020/21')).toBeDefined();
    expect(find('E10000021', '2021/22')).toBeUndefined();
    expect(find('E06000061', '2021/22')).toBeDefined();
    expect(find('E06000062', '2021/22')).toBeDefined();
    expect(find('E10000006', '2022/23')).toBeDefined();
    expect(find('E06000063', '2023/24')?.name).toBe('Cumberland');
    expect(find('E06000064', '2023/24')?.name).toBe('Westmorland and Furness');
  });
});
