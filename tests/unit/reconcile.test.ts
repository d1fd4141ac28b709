/** Verdicts on a report's numbers: rounding at the report's precision, never at ours. */
import { describe, expect, it } from 'vitest';
import { matches, relativeChange, roundTo, verdictOf } from '../../src/derive/reconcile';

describe('reconciling a quoted number with a published value', () => {
  it('rounds to the report\'s decimals, or to tens of thousands for "around 150,000"', () => {
    expect(roundTo(20.656, 1)).toBe(20.7);
    expect(roundTo(56.55, 0)).toBe(57);
    expect(roundTo(150256, -4)).toBe(150000);
    expect(roundTo(171269, -4)).toBe(170000);
  });

  it("calls a value reproduced only when it rounds to the report's number", () => {
    expect(verdictOf(12.74, 12.7, 1)).toBe('reproduced');
    expect(verdictOf(19.95, 20.7, 1)).toBe('differs');
    expect(verdictOf(null, 64.9, 1)).toBe('not in the published files available');
    expect(matches(null, 3.3, 1)).toBe(false);
  });

  it('computes a relative change from unrounded or from rounded values', () => {
    expect(relativeChange(4.567, 7.149)).toBeCloseTo(56.54, 2);
    expect(relativeChange(4.567, 7.149, 1)).toBeCloseTo(54.35, 2);
    expect(relativeChange(0, 7.1)).toBeNull();
  });
});
