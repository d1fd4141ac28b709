/**
 * How many local authorities publish absence in each year, and why the number moves: reorganisations
 * merge or split councils (152 before 2019/20, 151 after Dorset and BCP, 152 after Northamptonshire's
 * split, 153 after Cumbria's), and LA profiles also keep the former councils. Counted from the data.
 */
import type { AbsenceRecord } from '../data/absence-columns';
import type { SchoolType } from '../config/school-types';

export interface LaYearCount {
  year: string;
  count: number;
  /** LAs first publishing this year (new councils), and those last seen the year before (replaced). */
  formed: string[];
  replaced: string[];
}

const codesIn = (records: readonly AbsenceRecord[], year: string, schoolType: SchoolType) =>
  new Map(
    records
      .filter((r) => r.level === 'Local authority' && r.year === year && r.schoolType === schoolType)
      .map((r) => [r.code, r.name]),
  );

/** LAs with absence data, by year (all state-funded schools unless a school type is given). */
export function laCountsByYear(records: readonly AbsenceRecord[], schoolType: SchoolType = 'Total'): LaYearCount[] {
  const years = [...new Set(records.map((r) => r.year))].sort();
  let before = new Map<string, string>();
  return years.map((year, i) => {
    const now = codesIn(records, year, schoolType);
    const formed = i ? [...now].filter(([code]) => !before.has(code)).map(([, name]) => name) : [];
    const replaced = i ? [...before].filter(([code]) => !now.has(code)).map(([, name]) => name) : [];
    before = now;
    return { year, count: now.size, formed, replaced };
  });
}

/** The number of LAs with data in one year. */
export const laCountIn = (records: readonly AbsenceRecord[], year: string, schoolType: SchoolType = 'Total'): number =>
  codesIn(records, year, schoolType).size;

/** The About section that explains the count, linked wherever a count appears. */
export const LA_COUNT_PATH = '/about/#la-count';
