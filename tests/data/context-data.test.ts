/** The committed data/context.json, read through the site's access module. */
import { describe, expect, it } from 'vitest';
import {
  contextArea,
  indicatorByLevel,
  indicatorFor,
  indicatorSeries,
  indicatorYears,
  ks4GroupSeries,
  latestIndicatorYear,
  senNationalSeries,
} from '../../src/data/context';

describe('the context indicators access module', () => {
  it('gives each indicator by GSS code and academic year', () => {
    expect(indicatorFor('E92000001', 'gld', '2022/23')).toBe(67.2);
    expect(indicatorFor('E12000001', 'att8', '2022/23')).toBe(44.5);
    expect(indicatorFor('E92000001', 'cinPersistent', '2022/23')).toBe(48.5);
  });

  it('returns null, never 0, where nothing was published', () => {
    expect(indicatorFor('E92000001', 'gld', '2019/20')).toBeNull();
    expect(indicatorFor('E99999999', 'gld', '2022/23')).toBeNull();
    expect(
      indicatorSeries('E92000001', 'gld')
        .filter((d) => d.value === null)
        .map((d) => d.year),
    ).toEqual(['2019/20', '2020/21']);
    expect(indicatorYears('gld')).not.toContain('2020/21');
  });

  it('keys LAs the way data/absence.json does, including re-coded LAs', () => {
    expect(contextArea('E10000023')?.name).toBe('North Yorkshire');
    expect(indicatorFor('E10000023', 'att8', '2022/23')).not.toBeNull();
    expect(indicatorFor('E06000065', 'att8', '2023/24')).not.toBeNull();
  });

  it('lists about 150 LAs for a year and the latest year of each indicator', () => {
    expect(indicatorByLevel('gld', '2022/23').length).toBeGreaterThanOrEqual(150);
    expect(indicatorByLevel('gld', '2022/23', 'Regional')).toHaveLength(9);
    expect(latestIndicatorYear('gld')).toBe('2024/25');
  });

  it('gives national KS4 Attainment 8 for SEMH and Gypsy/Roma pupils as published for 2022/23', () => {
    expect(ks4GroupSeries('semh').at(-1)).toEqual({ year: '2022/23', att8: 26.5, pupils: 24006 });
    expect(ks4GroupSeries('gypsyRoma').at(-1)?.att8).toBe(20.3);
    expect(ks4GroupSeries('ehcp').at(-1)?.att8).toBe(14.0);
  });

  it('recomputes national SEN and SEMH shares from counts: 3.1% of pupils had SEMH as primary need in 2021/22', () => {
    const latest = senNationalSeries.at(-1)!;
    expect(latest.year).toBe('2021/22');
    expect(latest.semhPct).toBeCloseTo(3.07, 2);
    expect(latest.senSupportPct).toBeCloseTo(12.4, 1);
    expect(latest.ehcpPct).toBeCloseTo(3.9, 1);
    expect(latest.semhOfSupportPct).toBeCloseTo(20.0, 1);
  });
});
