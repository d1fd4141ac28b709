/**
 * The public register attendance table (/data/attendance.csv): EES-style columns, one row per academic year x period x
 * area x school type, session counts and unrounded percentages recomputed from them. Register data, not the census.
 */
import { PERIOD_LABELS } from '../../config/attendance';
import { MACRO_REGION_CODES, regionByCode } from '../../config/geography';
import { registerRate } from '../../derive/attendance';
import type { RegisterRecord } from '../../data/attendance-columns';

export const ATTENDANCE_API_COLUMNS = [
  'time_period',
  'time_identifier',
  'geographic_level',
  'area_code',
  'area_name',
  'region_name',
  'macro_region',
  'school_type',
  'sess_possible',
  'sess_overall',
  'sess_authorised',
  'sess_unauthorised',
  'sess_illness',
  'sess_appointments',
  'sess_auth_holiday',
  'sess_auth_other',
  'sess_unauth_holiday',
  'sess_unauth_late',
  'sess_unauth_other',
  'sess_unauth_no_reason',
  'overall_absence_pct',
  'authorised_absence_pct',
  'unauthorised_absence_pct',
  'persistent_absence_pct',
  'num_schools_avg',
  'enrolments_avg',
  'source',
] as const;

type ApiRow = Record<(typeof ATTENDANCE_API_COLUMNS)[number], string | number | null>;
const macroOfMacroCode = new Map(Object.entries(MACRO_REGION_CODES).map(([name, code]) => [code, name]));

export function toAttendanceApiRow(r: RegisterRecord): ApiRow {
  const region =
    r.level === 'Regional' ? regionByCode.get(r.code) : r.regionCode ? regionByCode.get(r.regionCode) : undefined;
  return {
    time_period: r.year,
    time_identifier: PERIOD_LABELS[r.period],
    geographic_level: r.level,
    area_code: r.code,
    area_name: r.name,
    region_name: region?.name ?? null,
    macro_region: region?.macro ?? macroOfMacroCode.get(r.code) ?? null,
    school_type: r.schoolType,
    sess_possible: r.possible,
    sess_overall: r.overall,
    sess_authorised: r.authorised,
    sess_unauthorised: r.unauthorised,
    sess_illness: r.illness,
    sess_appointments: r.appointments,
    sess_auth_holiday: r.authHoliday,
    sess_auth_other: r.authOther,
    sess_unauth_holiday: r.unauthHoliday,
    sess_unauth_late: r.late,
    sess_unauth_other: r.unauthOther,
    sess_unauth_no_reason: r.noReason,
    overall_absence_pct: registerRate(r, 'overall'),
    authorised_absence_pct: registerRate(r, 'authorised'),
    unauthorised_absence_pct: registerRate(r, 'unauthorised'),
    persistent_absence_pct: r.paPct,
    num_schools_avg: r.schools,
    enrolments_avg: r.pupils,
    source: 'DfE daily registers (Pupil attendance in schools, official statistics in development)',
  };
}
