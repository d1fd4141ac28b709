import { describe, expect, it } from 'vitest';
import { rate, sumCounts } from '../../../src/derive/rates';
import type { AbsenceCounts } from '../../../src/data/absence-columns';

const counts = (c: Partial<AbsenceCounts>): AbsenceCounts => ({
  enrolments: 0,
  sessPossible: 0,
  sessOverall: 0,
  sessAuthorised: 0,
  sessUnauthorised: 0,
  pa10: 0,
  pa50: 0,
  ...c,
});

describe('rates from counts', () => {
  it('weights areas by their sessions when aggregating', () => {
    const small = counts({ sessPossible: 100, sessOverall: 20 });
    const big = counts({ sessPossible: 900, sessOverall: 45 });
    expect(rate(sumCounts([small, big]), 'overall')).toBeCloseTo(6.5, 10);
  });

  it('returns missing, not 0 or infinity, for a zero denominator', () => {
    expect(rate(counts({ enrolments: 0, pa10: 0 }), 'persistent')).toBeNull();
  });

  it('makes a sum missing when any part is suppressed, rather than undercounting', () => {
    const summed = sumCounts([counts({ pa50: 5 }), counts({ pa50: null })]);
    expect(summed.pa50).toBeNull();
    expect(summed.pa10).toBe(0);
  });
});
