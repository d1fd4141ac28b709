import { describe, expect, it } from 'vitest';
import { gapPp, gapRatio, gapTo, ratioPhrase } from '../../../src/derive/gaps';

describe('gaps between a group and its reference', () => {
  it('gives the difference in percentage points and the ratio', () => {
    const gap = gapTo(36.5, 15.58);
    expect(gap.pp).toBeCloseTo(20.92, 10);
    expect(gap.ratio).toBeCloseTo(2.3427, 4);
  });

  it('gives a negative gap and a ratio below 1 when the group is lower', () => {
    expect(gapPp(10, 12)).toBe(-2);
    expect(gapRatio(6, 12)).toBe(0.5);
  });

  it('has no ratio when the reference rate is zero, but still a gap', () => {
    expect(gapRatio(5, 0)).toBeNull();
    expect(gapPp(5, 0)).toBe(5);
  });

  it('is missing, never zero, when either rate is missing', () => {
    expect(gapTo(null, 10)).toEqual({ pp: null, ratio: null });
    expect(gapTo(10, null)).toEqual({ pp: null, ratio: null });
  });

  it('words the ratio as likelihood for pupils and as a rate for sessions', () => {
    expect(ratioPhrase(2.3427, true)).toBe('2.3 times as likely');
    expect(ratioPhrase(2.3427, false)).toBe('2.3 times the rate');
    expect(ratioPhrase(1.02, true)).toBe('about as likely');
    expect(ratioPhrase(0.5, true)).toBe('0.50 times as likely');
    expect(ratioPhrase(null, true)).toBe('not comparable');
  });
});
