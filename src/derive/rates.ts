/** Absence rates, always computed from counts (sessions for absence, enrolments for persistent/severe). */
import { COUNT_FIELDS, type AbsenceCounts } from '../data/absence-columns';
import type { Measure } from '../config/measures';

const ratio = (num: number | null, den: number | null): number | null =>
  num === null || den === null || den === 0 ? null : (100 * num) / den;

/** A measure as a percentage, or null when a count is missing or the denominator is zero. */
export function rate(c: AbsenceCounts, measure: Measure): number | null {
  switch (measure) {
    case 'overall':
      return ratio(c.sessOverall, c.sessPossible);
    case 'authorised':
      return ratio(c.sessAuthorised, c.sessPossible);
    case 'unauthorised':
      return ratio(c.sessUnauthorised, c.sessPossible);
    case 'persistent':
      return ratio(c.pa10, c.enrolments);
    case 'severe':
      return ratio(c.pa50, c.enrolments);
  }
}

/** Sums counts field by field. A field missing in any part is missing in the sum (never an undercount). */
export function sumCounts(parts: readonly AbsenceCounts[]): AbsenceCounts {
  const total = Object.fromEntries(COUNT_FIELDS.map((f) => [f, parts.length ? 0 : null])) as AbsenceCounts;
  for (const part of parts) {
    for (const f of COUNT_FIELDS) {
      const a = total[f];
      const b = part[f];
      total[f] = a === null || b === null ? null : a + b;
    }
  }
  return total;
}
