/**
 * The register attendance tables (data/attendance.json, data/attendance-weekly.json): session counts by area,
 * school type and period. Rates are derived from counts; persistent absence is DfE's published rate (pupil counts
 * are not published, so it can never be pooled over areas or terms).
 */
import type { RegisterPeriod, RegisterSchoolType } from '../config/attendance';

export const REGISTER_COUNT_FIELDS = [
  'possible',
  'overall',
  'authorised',
  'unauthorised',
  'illness',
  'appointments',
  'authHoliday',
  'authOther',
  'unauthHoliday',
  'late',
  'unauthOther',
  'noReason',
] as const;
export type RegisterCountField = (typeof REGISTER_COUNT_FIELDS)[number];
export type RegisterCounts = Record<RegisterCountField, number | null>;

export const REGISTER_LEVELS = ['National', 'Macro-region', 'Regional', 'Local authority'] as const;
export type RegisterLevel = (typeof REGISTER_LEVELS)[number];

export interface RegisterArea {
  code: string;
  name: string;
  level: RegisterLevel;
  /** The region of an LA; null above LA level. */
  regionCode: string | null;
}

export interface RegisterRecord extends RegisterArea, RegisterCounts {
  year: string;
  period: RegisterPeriod;
  schoolType: RegisterSchoolType;
  /** Persistent absence (% of pupils missing 10%+ of sessions) as published, unrounded; null where not published. */
  paPct: number | null;
  /** Average number of schools and of pupils on roll over the period's days (rounded): context only, never a weight. */
  schools: number | null;
  pupils: number | null;
}

/** One week of one area and school type, from a weekly file. */
export interface RegisterWeek extends RegisterArea, RegisterCounts {
  year: string;
  week: number;
  schoolType: RegisterSchoolType;
}

/** Column order of data/attendance.json rows (area names and levels are in its `areas` list). */
export const ATTENDANCE_COLUMNS = [
  'year',
  'period',
  'code',
  'schoolType',
  ...REGISTER_COUNT_FIELDS,
  'paPct',
  'schools',
  'pupils',
] as const;

/** Counts kept per week in data/attendance-weekly.json, in this order. */
export const WEEKLY_FIELDS = [
  'possible',
  'overall',
  'unauthorised',
  'illness',
] as const satisfies readonly RegisterCountField[];
