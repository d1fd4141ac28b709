import { describe, expect, it } from 'vitest';
import { placesFinding, trendFinding } from '../../../src/views/subgroups/render';
import type { SubgroupView } from '../../../src/derive/subgroup-view';

const gap = (pp: number | null) => ({ pp, ratio: null });
const view = (over: Partial<SubgroupView>) =>
  ({
    measure: 'persistent',
    year: '2024/25',
    areaName: 'England',
    referenceLabel: 'FSM not eligible',
    focus: { group: 'FSM eligible' },
    dimension: {},
    trend: [],
    places: [],
    ...over,
  }) as unknown as SubgroupView;
const line = (group: string, ...points: [string, number | null][]) =>
  points.map(([year, value]) => ({ year, series: group, value }));
const region = (name: string, pp: number | null) => ({ name, level: 'Regional', gap: gap(pp) });

describe('the subgroup finding titles', () => {
  it("say how the focus group's gap changed over its line, ignoring the other groups drawn", () => {
    const trend = [
      ...line('FSM eligible', ['2012/13', 15.02], ['2024/25', 20.3]),
      ...line('Other', ['2012/13', 1], ['2024/25', 1]),
    ];
    expect(trendFinding(view({ trend }))).toBe(
      'The gap in persistent absence between FSM eligible and FSM not eligible in England widened from 15.0 pp in 2012/13 to 20.3 pp in 2024/25',
    );
    expect(trendFinding(view({ trend, focus: undefined }))).toBeNull();
    expect(trendFinding(view({ trend: line('FSM eligible', ['2012/13', 15.02], ['2024/25', 14.96]) }))).toBeNull();
  });

  it('compare only the years after a source break when the line crosses one', () => {
    const v = view({
      dimension: { sourceBreak: { after: '2018/19', note: '' } } as SubgroupView['dimension'],
      referenceLabel: 'All pupils',
      trend: line('FSM eligible', ['2015/16', 40], ['2018/19', 30], ['2023/24', 49.6], ['2024/25', 50.6]),
    });
    expect(trendFinding(v)).toBe(
      'The gap in persistent absence between FSM eligible and all pupils in England widened from 49.6 pp in 2023/24 to 50.6 pp in 2024/25',
    );
  });

  it('name the region with the clearly widest gap, when the gap lies the same way in every region', () => {
    const places = [
      region('South East', 24.4),
      region('London', 15.8),
      { name: 'England', level: 'National', gap: gap(30) },
    ];
    expect(placesFinding(view({ places: places as SubgroupView['places'] }))).toBe(
      'The gap in persistent absence between FSM eligible and FSM not eligible was widest in the South East in 2024/25',
    );
    const tied = [region('South East', 24.44), region('London', 24.36)];
    expect(placesFinding(view({ places: tied as SubgroupView['places'] }))).toBeNull();
    const sides = [region('South East', 2), region('London', -3)];
    expect(placesFinding(view({ places: sides as SubgroupView['places'] }))).toBeNull();
  });
});
