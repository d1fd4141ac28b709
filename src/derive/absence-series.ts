/** An absence measure of one area over the years, from the counts of data/absence.json. */
import type { SchoolType } from '../config/school-types';
import { rate } from './rates';
import type { Measure } from '../config/measures';
import { years, absenceFor } from '../data/absence';

/** A measure for one area over every year, with null where the year has no data. */
export function seriesFor(
  code: string,
  measure: Measure,
  schoolType: SchoolType = 'Total',
  allYears: readonly string[] = years,
) {
  return allYears.map((year) => {
    const r = absenceFor(code, year, schoolType);
    return { year, value: r ? rate(r, measure) : null };
  });
}
