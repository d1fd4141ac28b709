import { describe, expect, it } from 'vitest';
import { absenceRecords } from '../../../src/data/absence';
import { buildTrendsData, seriesStyle, trendPoints, trendsStateSpec } from '../../../src/views/trends/model';
import { parseState } from '../../../src/lib/url-state';

const data = buildTrendsData(absenceRecords);

describe('the regional trends page data', () => {
  it('ships only England, the three macro-regions, nine regions and Inner/Outer London', () => {
    expect(new Set(data.rows.map((r) => r[1])).size).toBe(15);
    expect(data.areas.map((a) => a.name)).toContain('Inner London');
  });

  it('gives 2019/20 as a gap (null) in every series, never a value', () => {
    const points = trendPoints(data, { measure: 'overall', type: 'all', view: 'regions' });
    expect(points.filter((p) => p.year === '2019/20').every((p) => p.value === null)).toBe(true);
    expect(new Set(points.map((p) => p.series)).size).toBe(12);
  });

  it('gives the published England persistent absence for 2022/23, secondary schools', () => {
    const england = trendPoints(data, { measure: 'persistent', type: 'secondary', view: 'macro' }).find(
      (p) => p.series === 'England' && p.year === '2022/23',
    );
    expect(england?.value).toBeCloseTo(26.52, 2);
  });

  it('colours each region in a shade of its macro-region, Inner and Outer London in shades of their own', () => {
    const { colours } = seriesStyle(data, 'regions');
    expect(colours['North West']).toBe(seriesStyle(data, 'macro').colours.North);
    expect(new Set([colours.London, colours['Inner London'], colours['Outer London']]).size).toBe(3);
  });

  it('accepts only listed URL values, including only years with data', () => {
    const spec = trendsStateSpec(data);
    expect(parseState(spec, '?measure=severe&type=special&view=regions&year=2021%2F22')).toEqual({
      measure: 'severe',
      type: 'special',
      view: 'regions',
      year: '2021/22',
    });
    expect(parseState(spec, '?measure=x&year=2019%2F20')).toMatchObject({ measure: 'overall', year: data.latestYear });
  });
});
