/** The absence table: counts by year x area x school type. Rates are derived from counts. */
import type { SchoolType } from '../config/school-types';

export const COUNT_FIELDS = [
  'enrolments',
  'sessPossible',
  'sessOverall',
  'sessAuthorised',
  'sessUnauthorised',
  'pa10',
  'pa50',
] as const;
export type CountField = (typeof COUNT_FIELDS)[number];
export type AbsenceCounts = Record<CountField, number | null>;

export const LEVELS = ['National', 'Macro-region', 'Regional', 'Sub-regional', 'Local authority'] as const;

export interface AbsenceRecord extends AbsenceCounts {
  year: string;
  level: (typeof LEVELS)[number];
  code: string;
  name: string;
  /** The region the area sits in (LAs, Inner/Outer London); null for England, regions and macro-regions. */
  regionCode: string | null;
  schoolType: SchoolType;
}

/** Column order of data/absence.json rows. */
export const ABSENCE_COLUMNS = ['year', 'level', 'code', 'name', 'regionCode', 'schoolType', ...COUNT_FIELDS] as const;

export const toRow = (r: AbsenceRecord) => ABSENCE_COLUMNS.map((c) => r[c]);
