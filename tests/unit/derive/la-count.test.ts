import { describe, expect, it } from 'vitest';
import { absenceRecords, latestYear } from '../../../src/data/absence';
import { laCountIn, laCountsByYear } from '../../../src/derive/la-count';
import { laDirectory } from '../../../src/derive/la-directory';
import { latestValues } from '../../../src/views/la/profile';

const distinctLas = (year: string) =>
  new Set(
    absenceRecords
      .filter((r) => r.level === 'Local authority' && r.year === year && r.schoolType === 'Total')
      .map((r) => r.code),
  ).size;

describe('the number of local authorities', () => {
  it('is counted from the data for every year: 152 before COVID, 151 after Dorset and BCP, 153 after Cumbria', () => {
    const counts = laCountsByYear(absenceRecords);
    for (const c of counts) expect(c.count).toBe(distinctLas(c.year));
    expect(Object.fromEntries(counts.map((c) => [c.year, c.count]))).toMatchObject({
      '2018/19': 152,
      '2020/21': 151,
      '2021/22': 152,
      '2023/24': 153,
      [latestYear]: 153,
    });
  });

  it('names the councils each reorganisation replaced and formed', () => {
    const y = (year: string) => laCountsByYear(absenceRecords).find((c) => c.year === year)!;
    expect(y('2020/21').replaced).toEqual(expect.arrayContaining(['Bournemouth', 'Poole', 'Dorset']));
    expect(y('2020/21').formed).toContain('Bournemouth, Christchurch and Poole');
    expect(y('2021/22')).toMatchObject({ replaced: ['Northamptonshire'], count: 152 });
    expect(y('2023/24').formed).toEqual(expect.arrayContaining(['Cumberland', 'Westmorland and Furness']));
    expect(y('2016/17')).toMatchObject({ formed: [], replaced: [] });
  });

  it("is what an LA profile's rank is out of, and profiles add the former councils", () => {
    const knowsley = laDirectory.find((la) => la.name === 'Knowsley')!;
    const overall = latestValues(knowsley, ['overall'])[0];
    expect(overall.rank!.of).toBe(laCountIn(absenceRecords, latestYear));
    expect(laDirectory.filter((la) => la.current)).toHaveLength(laCountIn(absenceRecords, latestYear));
  });

  it('is smaller for special schools, which not every council has', () => {
    expect(laCountIn(absenceRecords, latestYear, 'Special')).toBe(150);
  });
});
