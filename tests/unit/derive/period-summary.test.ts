import { describe, expect, it } from 'vitest';
import absenceJson from '../../../data/absence.json';
import { periodChange, periodRate, periodSummary, type AreaYearCounts } from '../../../src/derive/period-summary';
import { rate } from '../../../src/derive/rates';
import { absenceRecords } from '../../../src/data/absence';
import { buildTrendsData, countsFor } from '../../../src/views/trends/model';

const column = (name: string) => (absenceJson.columns as string[]).indexOf(name);
/** Raw rows of data/absence.json for one area and school type, by year. */
const rawRows = (code: string, type = 'Total') =>
  (absenceJson.rows as (string | number | null)[][]).filter(
    (r) => r[column('code')] === code && r[column('schoolType')] === type,
  );
const handRate = (code: string, years: string[], num: string, den: string) => {
  const rows = rawRows(code).filter((r) => years.includes(r[column('year')] as string));
  expect(rows).toHaveLength(years.length);
  const sum = (field: string) => rows.reduce((s, r) => s + (r[column(field)] as number), 0);
  return (100 * sum(num)) / sum(den);
};

describe('period summary of the real series', () => {
  const counts = countsFor(buildTrendsData(absenceRecords), 'all');

  it("gives the North's pre-COVID unauthorised rate as its summed sessions over 2015/16 to 2018/19", () => {
    const hand = handRate('MR-NORTH', ['2015/16', '2016/17', '2017/18', '2018/19'], 'sessUnauthorised', 'sessPossible');
    expect(periodRate(counts, 'MR-NORTH', 'pre', 'unauthorised')).toBeCloseTo(hand, 10);
    expect(hand).toBeCloseTo(1.5, 1);
  });

  it("sums the South's post-COVID overall absence over 2022/23 onwards and the Midlands' during-COVID persistent absence over pupils", () => {
    expect(periodRate(counts, 'MR-SOUTH', 'post', 'overall')).toBeCloseTo(
      handRate('MR-SOUTH', ['2022/23', '2023/24', '2024/25'], 'sessOverall', 'sessPossible'),
      10,
    );
    expect(periodRate(counts, 'MR-MIDLANDS', 'during', 'persistent')).toBeCloseTo(
      handRate('MR-MIDLANDS', ['2020/21', '2021/22'], 'pa10', 'enrolments'),
      10,
    );
  });

  it('weights years by their sessions rather than averaging yearly rates', () => {
    const years = ['2020/21', '2021/22'];
    const meanOfRates =
      years
        .map((y) =>
          rate(
            absenceRecords.find((r) => r.code === 'MR-NORTH' && r.year === y && r.schoolType === 'Total')!,
            'overall',
          )!,
        )
        .reduce((a, b) => a + b) / years.length;
    expect(periodRate(counts, 'MR-NORTH', 'during', 'overall')).not.toBeCloseTo(meanOfRates, 3);
  });

  it("reports England's pre- to post-COVID change in percentage points and percent of the earlier rate", () => {
    const [england] = periodSummary(counts, [{ code: 'E92000001', name: 'England' }], 'overall');
    const pre = handRate('E92000001', ['2015/16', '2016/17', '2017/18', '2018/19'], 'sessOverall', 'sessPossible');
    const post = handRate('E92000001', ['2022/23', '2023/24', '2024/25'], 'sessOverall', 'sessPossible');
    const change = england.changes.find((c) => c.from === 'pre' && c.to === 'post')!;
    expect(change.pp).toBeCloseTo(post - pre, 10);
    expect(change.percent).toBeCloseTo((100 * (post - pre)) / pre, 10);
  });
});

describe('period summary rules', () => {
  const row = (year: string, sessOverall: number | null, sessPossible = 100): AreaYearCounts => ({
    year,
    code: 'X',
    enrolments: 10,
    sessPossible,
    sessOverall,
    sessAuthorised: 0,
    sessUnauthorised: 0,
    pa10: 1,
    pa50: 0,
  });

  it('leaves 2019/20 out of every period', () => {
    expect(periodRate([row('2018/19', 5), row('2019/20', 50)], 'X', 'pre', 'overall')).toBe(5);
  });

  it('gives no rate, not 0, for a period without data or with a suppressed count', () => {
    expect(periodRate([row('2018/19', 5)], 'X', 'post', 'overall')).toBeNull();
    expect(periodRate([row('2022/23', 5), row('2023/24', null)], 'X', 'post', 'overall')).toBeNull();
  });

  it('computes changes in pp and percent, and none from a missing or zero rate', () => {
    expect(periodChange(4, 5)).toEqual({ pp: 1, percent: 25 });
    expect(periodChange(null, 5)).toEqual({ pp: null, percent: null });
    expect(periodChange(0, 5)).toEqual({ pp: 5, percent: null });
  });
});
