/** Funnel plot limits and classes, checked against a hand computation (p0 ± z·√(p0(1−p0)/n)). */
import { csvValue } from '../../src/lib/format';
import { describe, expect, it } from 'vitest';
import { classify, funnelLimits, overdispersion, Z_95, Z_998 } from '../../src/derive/funnel';
import funnelPlot, { funnelData } from '../../src/figures/funnel-plot';

// England 2024/25, all state-funded schools: 1,340,437 of 7,388,150 pupils persistently absent.
const P0 = 1340437 / 7388150;
// Rows hold unrounded rates (rounded once, for the table or CSV); compared here at the CSV's two decimals.
const rowOf = (code: string) =>
  Object.fromEntries(
    Object.entries(funnelPlot.rows({ year: '2024/25', type: 'all' }).find((r) => r.area_code === code)!).map(
      ([k, v]) => [k, typeof v === 'number' && k.endsWith('_pct') ? csvValue(v, 2) : v],
    ),
  );

describe('funnel plot control limits', () => {
  it('match a hand computation for Knowsley (18,663 pupils) at 95% and 99.8%', () => {
    const [lo998, hi998] = funnelLimits(P0, 18663, Z_998);
    const [lo95, hi95] = funnelLimits(P0, 18663, Z_95);
    expect(lo998).toBeCloseTo(0.1727133, 6);
    expect(hi998).toBeCloseTo(0.190148, 6);
    expect(lo95).toBeCloseTo(0.1759017, 6);
    expect(hi95).toBeCloseTo(0.1869596, 6);
  });

  it('widen for a small LA: the Isles of Scilly (241 pupils) at 99.8% is 10.5% to 25.8%', () => {
    const [lo, hi] = funnelLimits(P0, 241, Z_998);
    expect(lo).toBeCloseTo(0.1047183, 6);
    expect(hi).toBeCloseTo(0.2581431, 6);
  });

  it('class a rate on the limit as within', () => {
    const [, hi] = funnelLimits(0.2, 1000, Z_998);
    expect(classify({ code: 'x', n: 1000, count: hi * 1000 }, 0.2, Z_998)).toBe('within');
  });
});

describe('over-dispersion (Spiegelhalter 2005, winsorised at 10%)', () => {
  it('gives φ = 1 and τ² = 1/1600 for z-scores 2, −2, 0, 0, 1 at n = 100, p0 = 0.5 (by hand)', () => {
    const points = [60, 40, 50, 50, 55].map((count, i) => ({ code: String(i), n: 100, count }));
    const { phi, tau2 } = overdispersion(points, 0.5);
    expect(phi).toBeCloseTo(1, 10);
    expect(tau2).toBeCloseTo(1 / 1600, 10);
  });
});

describe('LA classes in 2024/25 (all schools)', () => {
  it("uses England's own counts as the target", () => {
    expect(funnelData.cells['2024/25|all'].england).toEqual([7388150, 1340437]);
  });

  it('finds Knowsley (24.4%) and Kent (19.4% of 218,212 pupils) above, Stockport (16.6%) below', () => {
    expect(rowOf('E08000011')).toMatchObject({ rate_pct: 24.36, upper_998_pct: 19.01, against_england: 'Above' });
    expect(rowOf('E10000016')).toMatchObject({ rate_pct: 19.42, upper_998_pct: 18.4, against_england: 'Above' });
    expect(rowOf('E08000007')).toMatchObject({ rate_pct: 16.58, lower_998_pct: 17.54, against_england: 'Below' });
  });

  it('keeps the Isles of Scilly within the limits and marks it as resting on few pupils', () => {
    expect(rowOf('E06000053')).toMatchObject({
      pupils: 241,
      rate_pct: 17.84,
      against_england: 'Within',
      few_pupils: 'yes',
    });
  });

  it('finds the City of London (11 of 184 pupils, 6.0%) below even its wide limits', () => {
    expect(rowOf('E09000001')).toMatchObject({ lower_998_pct: 9.36, against_england: 'Below', few_pupils: 'yes' });
  });
});
