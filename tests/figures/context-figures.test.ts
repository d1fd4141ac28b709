/** The /context/ figures on the committed data: published figures, the fit against an independent computation, and the SEMH caveat. */
import { describe, expect, it } from 'vitest';
import readiness from '../../src/figures/school-readiness-by-region';
import send from '../../src/figures/send-by-region';
import attainment from '../../src/figures/absence-vs-attainment';
import { linearFit } from '../../src/derive/correlation';
import { rate } from '../../src/derive/rates';
import { absenceFor } from '../../src/data/absence';
import { contextAreas, indicatorFor } from '../../src/data/context';
import { defaultState } from '../../src/figures/kit/variants';

const valueOf = (rows: Record<string, unknown>[], area: string, key = 'value') =>
  rows.find((r) => r.area === area)?.[key];

describe('the /context/ figures', () => {
  it('plot EYFS good level of development for 2022/23 as published: England 67.2, North East 66.3, North West 64.3', () => {
    const rows = readiness.rows({ year: '2022/23', chart: 'year' });
    expect(valueOf(rows, 'England')).toBe(67.2);
    expect(valueOf(rows, 'North East')).toBe(66.3);
    expect(valueOf(rows, 'North West')).toBe(64.3);
    expect(rows.filter((r) => r.area_type === 'Local authority').length).toBeGreaterThanOrEqual(150);
  });

  it('leave 2019/20 and 2020/21 out of the school readiness trend rather than plotting zeros', () => {
    const years = new Set(readiness.rows({ year: '2022/23', chart: 'trend' }).map((r) => r.academic_year));
    expect(years.has('2019/20')).toBe(false);
    expect(years.has('2020/21')).toBe(false);
    expect(years.has('2021/22')).toBe(true);
  });

  it('plot KS4 Attainment 8 for 2022/23 as published: London 50.6, North East 44.5', () => {
    const rows = attainment.rows({ year: '2022/23', chart: 'regions' }).filter((r) => r.academic_year === '2022/23');
    expect(valueOf(rows, 'London', 'attainment_8')).toBe(50.6);
    expect(valueOf(rows, 'North East', 'attainment_8')).toBe(44.5);
  });

  it('give the same r, slope and n as a fit computed independently from absence counts and LAIT Attainment 8', () => {
    const pairs = contextAreas
      .filter((a) => a.level === 'Local authority')
      .map((a) => {
        const record = absenceFor(a.code, '2022/23');
        return { x: record ? rate(record, 'overall') : null, y: indicatorFor(a.code, 'att8', '2022/23') };
      });
    const fit = linearFit(pairs)!;
    expect(fit.n).toBeGreaterThanOrEqual(148);
    expect(fit.r).toBeLessThan(-0.3);
    const summary = attainment.summary({ year: '2022/23', chart: 'las' });
    expect(summary).toContain(`Across ${fit.n} local authorities in 2022/23`);
    expect(summary).toContain(`r = ${fit.r.toFixed(2).replace('-', '−')}, n = ${fit.n}`);
    expect(summary).toContain(`${Math.abs(fit.slope).toFixed(1)} points lower`);
  });

  it('say in every SEND subtitle, including the default one in the figures manifest, that regional and LA SEMH data are not in the mirror', () => {
    for (const chart of ['ehcp', 'senSupport', 'semh'] as const) {
      expect(send.subtitle({ ...defaultState(send.state), chart })).toContain(
        "DfE's regional and local authority SEMH figures are not among the files this site is built from",
      );
    }
  });

  it('generate the regional ranking sentence from the data', () => {
    expect(readiness.summary({ year: '2022/23', chart: 'year' })).toMatch(/North West 9th/);
  });
});
