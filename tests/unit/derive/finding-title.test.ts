import { describe, expect, it } from 'vitest';
import {
  againstReferenceFinding,
  changeFinding,
  clearLeader,
  findingTitle,
  countOf,
  directions,
  everyYearFinding,
  gapChangeFinding,
  levelChangeFinding,
  majority,
  rangeFinding,
} from '../../../src/derive/finding-title';
import { trendFigure } from '../../../src/figures/trends';
import { buildTrendsData, trendPoints } from '../../../src/views/trends/model';
import { absenceRecords } from '../../../src/data/absence';
import { round } from '../../../src/lib/format';

describe('titles that state the finding', () => {
  it('name a leader only when it is ahead once rounded as shown, and fall back to the neutral title', () => {
    expect(
      clearLeader([
        { name: 'A', value: 7.14 },
        { name: 'B', value: 7.12 },
      ]),
    ).toBeNull();
    expect(
      clearLeader([
        { name: 'A', value: 7.16 },
        { name: 'B', value: 7.12 },
      ])!.name,
    ).toBe('A');
    expect(findingTitle(null, 'overall absence by region')).toBe('Overall absence by region');
  });

  it('say where a rate rose most, or fell most when every area fell', () => {
    const rises = [
      { name: 'North', value: 2.4 },
      { name: 'South', value: 1.9 },
    ];
    expect(changeFinding('Overall absence', rises, '2018/19', '2024/25')).toBe(
      'Overall absence rose most in the North between 2018/19 and 2024/25',
    );
    const falls = rises.map((r) => ({ ...r, value: -r.value }));
    expect(changeFinding('Overall absence', falls, '2018/19', '2024/25')).toMatch(
      /^Overall absence fell most in the North/,
    );
  });

  it("compare an area with England's in every year, or in the latest year", () => {
    const england = [
      { year: '2022/23', value: 7.4 },
      { year: '2023/24', value: 7.1 },
    ];
    const above = england.map((p) => ({ ...p, value: p.value + 1 }));
    expect(againstReferenceFinding('Overall absence', 'Knowsley', above, england, 'England')).toBe(
      "Overall absence in Knowsley was above England's in every year from 2022/23 to 2023/24",
    );
    expect(againstReferenceFinding('Overall absence', 'X', england, england, 'England')).toBeNull();
  });

  it('on /trends/, the unauthorised-absence title is true of the data: the area it names rose most since 2018/19', () => {
    const data = buildTrendsData(absenceRecords);
    const s = { measure: 'unauthorised', type: 'all', view: 'macro' } as const;
    const title = trendFigure(data, []).title(s);
    const name = title.match(/rose most in the (\w+) between/)![1];
    const points = trendPoints(data, s);
    const change = (area: string) =>
      round(points.find((p) => p.series === area && p.year === data.latestYear)!.value!) -
      round(points.find((p) => p.series === area && p.year === '2018/19')!.value!);
    for (const other of ['North', 'Midlands', 'South'].filter((a) => a !== name))
      expect(change(name)).toBeGreaterThan(change(other));
  });
});

const series = (...values: (number | null)[]) =>
  values.map((value, i) => ({ year: `${2015 + i}/${String(16 + i).padStart(2, '0')}`, value }));

describe('finding titles over time and across areas', () => {
  it('say a rate rose or fell between its first and last years, naming the peak when it turned', () => {
    expect(levelChangeFinding('Overall absence in England', series(4.62, 4.8, 6.84))).toBe(
      'Overall absence in England rose from 4.6% in 2015/16 to 6.8% in 2017/18',
    );
    expect(levelChangeFinding('Overall absence in England', series(4.62, 7.6, null, 6.84))).toBe(
      'Overall absence in England rose from 4.6% in 2015/16 to 7.6% in 2016/17, then fell to 6.8% in 2018/19',
    );
    expect(levelChangeFinding('X', series(6.84, 4.1, 5.0))).toBe(
      'X fell from 6.8% in 2015/16 to 4.1% in 2016/17, then rose to 5.0% in 2017/18',
    );
  });

  it('state no change when the two ends are equal once rounded, and never take 2020/21 as an end or a peak', () => {
    expect(levelChangeFinding('X', series(4.62, 9, 4.58))).toBeNull();
    const withCovid = [
      { year: '2018/19', value: 4.7 },
      { year: '2020/21', value: 9.9 },
      { year: '2021/22', value: 7.6 },
    ];
    expect(levelChangeFinding('X', withCovid)).toBe('X rose from 4.7% in 2018/19 to 7.6% in 2021/22');
    expect(levelChangeFinding('X', withCovid.slice(0, 2))).toBeNull();
  });

  it('say a gap widened or narrowed by its size at each end, rounded as the chart shows it', () => {
    expect(gapChangeFinding('The North–South gap in overall absence', series(0.14, 0.5, 0.34))).toBe(
      'The North–South gap in overall absence widened from 0.1 pp in 2015/16 to 0.3 pp in 2017/18',
    );
    expect(gapChangeFinding('The gap', series(-0.96, -0.31))).toBe(
      'The gap narrowed from 1.0 pp in 2015/16 to 0.3 pp in 2016/17',
    );
  });

  it('state no gap finding when the gap is the same size once rounded, changes side or rounds to zero', () => {
    expect(gapChangeFinding('The gap', series(0.34, 0.26))).toBeNull();
    expect(gapChangeFinding('The gap', series(0.4, -0.6))).toBeNull();
    expect(gapChangeFinding('The gap', series(0.04, 0.6))).toBeNull();
  });

  it('count differences up and down once rounded, and find a majority only when one side has more than half', () => {
    const tally = directions([0.04, -0.04, 0.3, -0.2, 0.5, null]);
    expect(tally).toEqual({ up: 2, down: 1, n: 5 });
    expect(majority(tally)).toBeNull();
    expect(majority(directions([0.2, 0.3, -0.1]))).toBe('up');
    expect(majority(directions([-0.2, -0.3, 0]))).toBe('down');
    expect(majority(directions([0.2, -0.2]))).toBeNull();
    expect(majority(directions([0.2]))).toBeNull();
    expect([countOf(147, 147), countOf(140, 147)]).toEqual(['all 147', '140 of 147']);
  });

  it('give a range only when the highest and the lowest areas are each clear once rounded', () => {
    const las = [
      { name: 'Knowsley', value: 8.61 },
      { name: 'Hull', value: 8.2 },
      { name: 'Trafford', value: 5.44 },
    ];
    expect(rangeFinding('Overall absence', las)).toBe(
      'Overall absence ranged from 5.4% in Trafford to 8.6% in Knowsley',
    );
    expect(rangeFinding('Overall absence', [...las, { name: 'Wigan', value: 8.63 }])).toBeNull();
  });

  it('name an area only when it is clearly lowest (or highest) in every year', () => {
    const year = (y: string, nw: number) => ({
      year: y,
      items: [
        { name: 'North West', value: nw },
        { name: 'London', value: 70 },
        { name: 'South East', value: 71 },
      ],
    });
    expect(everyYearFinding('School readiness', [year('2015/16', 66.7), year('2024/25', 65)], true)).toBe(
      'School readiness was lowest in the North West in every year with data, 2015/16 to 2024/25',
    );
    expect(everyYearFinding('School readiness', [year('2015/16', 66.7), year('2024/25', 70.04)], true)).toBeNull();
    expect(everyYearFinding('School readiness', [year('2015/16', 66.7)], true)).toBeNull();
    expect(everyYearFinding('School readiness', [year('2015/16', 66.7), year('2024/25', 71.04)])).toBeNull();
  });
});
