/** The map's alternative second variables, school readiness and attainment, from the LAIT values of data/context.json. */
import { describe, expect, it } from 'vitest';
import figure, { bivariateView } from '../../src/figures/bivariate-absence-idaci';
import { indicatorFor } from '../../src/data/context';

describe("school readiness and attainment as the map's second variable", () => {
  for (const [dep, indicator] of [
    ['gld', 'gld'],
    ['att8', 'att8'],
  ] as const) {
    it(`shows each LA's own ${indicator} value for the same year (2023/24) and classes every LA that has one`, () => {
      const { rows } = bivariateView({ measure: 'overall', type: 'all', year: '2023/24', dep });
      for (const r of rows) expect(r.need, r.unit.name).toBe(indicatorFor(r.unit.id, indicator, '2023/24'));
      const withValue = rows.filter((r) => r.need !== null && r.absence !== null);
      expect(withValue.length).toBeGreaterThan(145);
      expect(withValue.every((r) => r.cls !== null)).toBe(true);
    });

    it(`gives rank 1 and the high-need third to the LA with the lowest ${indicator}`, () => {
      const { rows } = bivariateView({ measure: 'overall', type: 'all', year: '2023/24', dep });
      const lowest = rows.filter((r) => r.need !== null).sort((a, b) => a.need! - b.need!)[0];
      expect(lowest.needRank?.rank).toBe(1);
      expect(lowest.cls?.need).toBe(2);
    });
  }

  it('leaves Bournemouth, Poole and Dorset (one unit before 2020/21) without a readiness value: LAIT percentages cannot be combined without counts', () => {
    const row = bivariateView({ measure: 'overall', type: 'all', year: '2018/19', dep: 'gld' }).rows.find(
      (r) => r.unit.dataCodes.length > 1,
    )!;
    expect(row.unit.name).toBe('Bournemouth, Poole and Dorset');
    expect(row.need).toBeNull();
    expect(row.cls).toBeNull();
  });

  it('says school readiness was not published in 2020/21 instead of drawing empty classes silently', () => {
    const view = bivariateView({ measure: 'overall', type: 'all', year: '2020/21', dep: 'gld' });
    expect(view.classification.breaks).toBeNull();
    expect(figure.summary({ measure: 'overall', type: 'all', year: '2020/21', dep: 'gld' })).toContain(
      'school readiness is not published for that year',
    );
  });

  it('titles, labels and sources the figure for the chosen variable', () => {
    const s = { measure: 'overall', type: 'all', year: '2023/24', dep: 'gld' } as const;
    expect(figure.title(s)).toBe('Overall absence and school readiness by local authority, 2023/24');
    expect(figure.subtitle(s)).toContain('where the lowest third counts as high need');
    const row = figure.rows(s).find((r) => r.la === 'Middlesbrough')!;
    expect(row.second).toBe('School readiness: % of children at a good level of development at age 5 (same year)');
    expect(row.class).toMatch(/school readiness$/);
    expect(figure.provenance.flatMap((p) => p.sources.map((x) => x.id))).toEqual(
      expect.arrayContaining(['lait', 'ks4La', 'idaci2019UpperTier']),
    );
  });
});
