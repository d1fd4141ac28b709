import { describe, expect, it } from 'vitest';
import { againstReferenceFinding, changeFinding, clearLeader, findingTitle } from '../../../src/derive/finding-title';
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
