import { describe, expect, it } from 'vitest';
import { change, csvValue, fixed, pct, pp, round, shipped } from '../../src/lib/format';
import { absenceFor } from '../../src/data/absence';
import { rate } from '../../src/derive/rates';
import type { Measure } from '../../src/config/measures';

const englandRate = (year: string, measure: Measure) => rate(absenceFor('E92000001', year)!, measure)!;

describe('the one number formatter', () => {
  it('rounds once, half away from zero in decimal, where toFixed would round 19.95 down', () => {
    expect(round(19.95, 1)).toBe(20);
    expect(pct(19.95)).toBe('20.0%');
    expect(round(-0.25, 1)).toBe(-0.3);
    expect(pp(-0.04)).toBe('0.0 pp');
  });

  it("shows England's 2023/24 overall absence (7.149%) as 7.1% and persistent absence (19.950%) as 20.0%", () => {
    const overall = englandRate('2023/24', 'overall');
    const persistent = englandRate('2023/24', 'persistent');
    expect(overall).toBeCloseTo(7.149, 3);
    expect(pct(overall)).toBe('7.1%');
    expect(pct(persistent)).toBe('20.0%');
    // Rounding to two decimals first (7.15, 19.95) and then to one gave 7.2% and 19.9%.
    expect(csvValue(overall)).toBe(7.15);
  });

  it('writes "no data" for missing values, never 0', () => {
    expect(pct(null)).toBe('no data');
    expect(fixed(undefined)).toBe('no data');
    expect(pp(Number.NaN)).toBe('no data');
  });

  it('quotes a change at the decimals where it agrees with the two rates printed beside it', () => {
    // 2.04% -> 2.76%: 2.0% and 2.8% would read as +0.8 pp, the unrounded change is +0.72 pp.
    expect(change(2.04, 2.76)).toEqual({ from: '2.04%', to: '2.76%', diff: '+0.72 pp', digits: 2 });
    expect(change(6.1, 7.149)).toEqual({ from: '6.1%', to: '7.1%', diff: '+1.0 pp', digits: 1 });
  });

  it('ships a value for the browser at the fewest places that round, at one and two decimals, as it does', () => {
    expect(shipped(7.12345)).toBe(7.12);
    // 7.05 would print 7.1; 7.050 too: it takes four places.
    expect(shipped(7.0496)).toBe(7.0496);
    expect(fixed(shipped(7.0496))).toBe('7.0');
    expect(shipped(4.72641, 4)).toBe(4.7264);
  });
});
