/**
 * Adapter for DfE's "Pupil attendance in schools" academic-year-to-date files (EES_ytd_data.csv, from the
 * daily registers: a different source from the school census behind the annual absence statistics).
 * Keeps England and regions by school type, with the rates as DfE published them (no counts exist for
 * persistent absence; enrolments are averages over weeks).
 */
import { DataError } from '../lib/errors';
import { readCsv, rowNumber } from '../lib/read-csv';
import { parseAcademicYear, parseNumber, parseText } from '../lib/values';

const COLUMNS = ['time_period', 'geographic_level', 'region_code', 'region_name', 'school_type', 'overall_absence_perc', 'unauthorised_absence_perc', 'pa_perc'] as const;
export const REGISTER_TYPES = ['Total', 'Primary', 'Secondary', 'Special'] as const;
export type RegisterType = (typeof REGISTER_TYPES)[number];

export interface RegisterRow {
  year: string;
  /** E92000001 for England, else the region's code. */
  code: string;
  schoolType: RegisterType;
  overall: number | null;
  unauthorised: number | null;
  persistent: number | null;
}

export function readAttendanceYtd(path: string, label = path): RegisterRow[] {
  const table = readCsv(path, COLUMNS, label);
  return table.rows.flatMap((r, i) => {
    if (r.geographic_level !== 'National' && r.geographic_level !== 'Regional') return [];
    const at = (column: string) => ({ file: table.file, row: rowNumber(i), column });
    const schoolType = parseText(r.school_type, at('school_type')) as RegisterType;
    if (!REGISTER_TYPES.includes(schoolType)) throw new DataError(table.file, `unknown school type "${schoolType}"`, rowNumber(i), 'school_type');
    return [{
      year: parseAcademicYear(r.time_period, at('time_period')),
      code: r.geographic_level === 'National' ? 'E92000001' : parseText(r.region_code, at('region_code'), /^E12\d{6}$/),
      schoolType,
      overall: parseNumber(r.overall_absence_perc, at('overall_absence_perc')),
      unauthorised: parseNumber(r.unauthorised_absence_perc, at('unauthorised_absence_perc')),
      persistent: parseNumber(r.pa_perc, at('pa_perc')),
    }];
  });
}
