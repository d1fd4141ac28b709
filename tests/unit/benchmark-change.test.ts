/** Change since before COVID (pooled from counts), its map classes, and the macro-region gap chart, against hand sums. */
import { describe, expect, it } from 'vitest';
import { absenceFor } from '../../src/data/absence';
import { binOf, binStep, thresholds } from '../../src/derive/change-bins';
import changeMap from '../../src/figures/change-map';
import macroRegionGaps from '../../src/figures/macro-region-gaps';
import { changeFor } from '../../src/views/benchmark/model';
import { FIGURES } from '../../src/figures/index';

const PRE = ['2015/16', '2016/17', '2017/18', '2018/19'];
/** Persistent absence pooled over the pre-COVID years: pupils over pupils, summed by hand. */
function pooledPersistent(code: string): number {
  const records = PRE.map((y) => absenceFor(code, y)!);
  return (100 * records.reduce((s, r) => s + r.pa10!, 0)) / records.reduce((s, r) => s + r.enrolments!, 0);
}

describe('change since before COVID', () => {
  it('pools 2015/16 to 2018/19 from counts, never averaging rates (England, persistent absence)', () => {
    const { england } = changeFor('persistent', 'pre-covid', '2024/25');
    expect(england.before).toBeCloseTo(pooledPersistent('E92000001'), 10);
    const mean =
      PRE.reduce((s, y) => s + (100 * absenceFor('E92000001', y)!.pa10!) / absenceFor('E92000001', y)!.enrolments!, 0) /
      4;
    expect(england.before).not.toBeCloseTo(mean, 6);
    expect(england.change).toBeCloseTo((100 * 1340437) / 7388150 - pooledPersistent('E92000001'), 10);
  });

  it("ranks Westminster first for the rise in persistent absence, and Knowsley's change matches a hand sum", () => {
    const rows = changeMap.rows({ measure: 'persistent', from: 'pre-covid', to: '2024/25' });
    expect(rows[0]).toMatchObject({ rank: 1, area: 'Westminster' });
    const knowsley = rows.find((r) => r.area_code === 'E08000011')!;
    expect(knowsley.change_pp).toBeCloseTo((100 * 4547) / 18663 - pooledPersistent('E08000011'), 2);
  });

  it('gives LAs formed since 2019 no baseline rather than a wrong one, and lists them last', () => {
    const rows = changeMap.rows({ measure: 'persistent', from: 'pre-covid', to: '2024/25' });
    const cumberland = rows.find((r) => r.area === 'Cumberland')!;
    expect(cumberland).toMatchObject({ change_pp: null, rank: null });
    expect(rows.indexOf(cumberland)).toBeGreaterThan(rows.findLastIndex((r) => r.change_pp !== null));
  });

  it('continues an LA through a same-area code change (North Yorkshire)', () => {
    expect(
      changeFor('persistent', 'pre-covid').rows.find((r) => r.la.name === 'North Yorkshire')?.change,
    ).not.toBeNull();
  });
});

describe('diverging classes centred on England', () => {
  it('picks a step with clean thresholds covering 90% of LAs', () => {
    expect(binStep([0.3, -0.5, 2.4, -1.9, 0.1])).toBe(1);
    expect(thresholds(1)).toEqual([-2.5, -1.5, -0.5, 0.5, 1.5, 2.5]);
  });

  it("puts a change within half a step of England's in the middle class", () => {
    expect([-3, -2, -1, 0, 0.49, 0.5, 2, 3].map((v) => binOf(v, 1))).toEqual([0, 1, 2, 3, 3, 4, 5, 6]);
  });
});

describe('the macro-region gap chart', () => {
  it('is a registered figure', () => {
    expect(FIGURES).toContain(macroRegionGaps);
    expect(FIGURES).toContain(changeMap);
  });

  it("gives North minus South from the macro-regions' counts (unauthorised absence, 2024/25)", () => {
    const rate = (code: string) => {
      const r = absenceFor(code, '2024/25')!;
      return (100 * r.sessUnauthorised!) / r.sessPossible!;
    };
    const row = macroRegionGaps
      .rows({ measure: 'unauthorised', type: 'all' })
      .find((r) => r.academic_year === '2024/25' && r.gap === 'North − South')!;
    expect(row.gap_pp).toBeCloseTo(rate('MR-NORTH') - rate('MR-SOUTH'), 2);
    expect(row.gap_pp).toBeGreaterThan(0.5);
  });

  it('leaves 2019/20 as a gap', () => {
    expect(
      macroRegionGaps
        .rows({ measure: 'overall', type: 'all' })
        .filter((r) => r.academic_year === '2019/20')
        .every((r) => r.gap_pp === null),
    ).toBe(true);
  });
});
