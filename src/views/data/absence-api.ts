/** The public absence table (/data/absence.csv and .json): EES-style columns, percentages unrounded. */
import { regionByCode, MACRO_REGION_CODES } from '../../config/geography';
import type { AbsenceRecord } from '../../data/absence-columns';
import { rate } from '../../derive/rates';

export const ABSENCE_API_COLUMNS = [
  'time_period',
  'geographic_level',
  'area_code',
  'area_name',
  'region_name',
  'macro_region',
  'school_type',
  'enrolments',
  'sess_possible',
  'sess_overall',
  'sess_authorised',
  'sess_unauthorised',
  'overall_absence_pct',
  'authorised_absence_pct',
  'unauthorised_absence_pct',
  'persistent_absence_pct',
  'severe_absence_pct',
] as const;

type ApiRow = Record<(typeof ABSENCE_API_COLUMNS)[number], string | number | null>;

const macroOfMacroCode = new Map(Object.entries(MACRO_REGION_CODES).map(([name, code]) => [code, name]));

function regionOf(r: AbsenceRecord) {
  if (r.level === 'Regional') return regionByCode.get(r.code);
  return r.regionCode ? regionByCode.get(r.regionCode) : undefined;
}

export function toApiRow(r: AbsenceRecord): ApiRow {
  const region = regionOf(r);
  return {
    time_period: r.year,
    geographic_level: r.level,
    area_code: r.code,
    area_name: r.name,
    region_name: region?.name ?? null,
    macro_region: region?.macro ?? macroOfMacroCode.get(r.code) ?? null,
    school_type: r.schoolType,
    enrolments: r.enrolments,
    sess_possible: r.sessPossible,
    sess_overall: r.sessOverall,
    sess_authorised: r.sessAuthorised,
    sess_unauthorised: r.sessUnauthorised,
    overall_absence_pct: rate(r, 'overall'),
    authorised_absence_pct: rate(r, 'authorised'),
    unauthorised_absence_pct: rate(r, 'unauthorised'),
    persistent_absence_pct: rate(r, 'persistent'),
    severe_absence_pct: rate(r, 'severe'),
  };
}
