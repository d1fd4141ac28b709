/** Correlation and least squares against a hand computation. */
import { describe, expect, it } from 'vitest';
import { correlationStrength, linearFit } from '../../../src/derive/correlation';

describe('linear fit and Pearson correlation', () => {
  // x = 1..5, y = 2, 4, 5, 4, 5. By hand: mean x 3, mean y 4; Sxx = 10, Syy = 6, Sxy = 6.
  // slope = 6/10 = 0.6, intercept = 4 - 0.6*3 = 2.2, r = 6 / sqrt(10*6) = 0.7745967.
  const pairs = [1, 2, 3, 4, 5].map((x, i) => ({ x, y: [2, 4, 5, 4, 5][i] }));

  it('matches the hand computation of slope, intercept, r and n', () => {
    const fit = linearFit(pairs)!;
    expect(fit.n).toBe(5);
    expect(fit.slope).toBeCloseTo(0.6, 12);
    expect(fit.intercept).toBeCloseTo(2.2, 12);
    expect(fit.r).toBeCloseTo(6 / Math.sqrt(60), 12);
    expect(fit.r).toBeCloseTo(0.7745967, 6);
  });

  it('leaves out pairs with a missing value instead of counting them as 0', () => {
    const fit = linearFit([...pairs, { x: 6, y: null }, { x: null, y: 0 }])!;
    expect(fit.n).toBe(5);
    expect(fit.slope).toBeCloseTo(0.6, 12);
  });

  it('gives r = -1 for a perfect falling line, and no fit when a variable does not vary or there are too few pairs', () => {
    expect(
      linearFit([
        { x: 1, y: 3 },
        { x: 2, y: 1 },
        { x: 3, y: -1 },
      ])!.r,
    ).toBeCloseTo(-1, 12);
    expect(
      linearFit([
        { x: 1, y: 2 },
        { x: 2, y: 2 },
        { x: 3, y: 2 },
      ]),
    ).toBeNull();
    expect(
      linearFit([
        { x: 1, y: 2 },
        { x: 2, y: 3 },
      ]),
    ).toBeNull();
  });

  it('describes the strength of a correlation in words', () => {
    expect(correlationStrength(-0.62)).toBe('strong negative');
    expect(correlationStrength(0.35)).toBe('moderate positive');
    expect(correlationStrength(0.05)).toBe('negligible');
  });
});
