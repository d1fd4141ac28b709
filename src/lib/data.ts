/** The site's single door to data/: each file is validated once, where it enters the build. */
import absenceJson from '../../data/absence.json';
import type { AbsenceRecord } from './absence';
import type { SchoolType } from '../config/school-types';
import { absenceFileSchema, fromRows } from './absence-schema';
import type { Provenance } from './provenance';
import { rate } from '../derive/rates';
import type { Measure } from '../config/measures';

const absenceFile = absenceFileSchema.parse(absenceJson);
export const absenceProvenance = absenceFile.provenance as Provenance;
export const absenceRecords: readonly AbsenceRecord[] = fromRows(absenceFile);

export const years: readonly string[] = [...new Set(absenceRecords.map((r) => r.year))].sort();
export const latestYear = years[years.length - 1];

const index = new Map(absenceRecords.map((r) => [`${r.code}|${r.schoolType}|${r.year}`, r]));

export function absenceFor(code: string, year: string, schoolType: SchoolType = 'Total'): AbsenceRecord | undefined {
  return index.get(`${code}|${schoolType}|${year}`);
}

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
