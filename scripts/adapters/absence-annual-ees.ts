/**
 * Adapter for DfE's official EES file "Absence rates by geographic level" (EES data standard columns),
 * for users who download it from the publisher. Produces the same table as the mirror-copy adapter.
 */
import type { AbsenceRecord } from '../../src/data/absence-columns';
import { SCHOOL_TYPES, type SchoolType } from '../../src/config/school-types';
import { DataError } from '../lib/errors';
import { checkCountsPlausible, uniqueKeys } from '../lib/expect';
import { readCsv, rowNumber } from '../lib/read-csv';
import { parseAcademicYear, parseText } from '../lib/values';
import { EES_COUNT_COLUMNS, parseEesCounts } from './ees-counts';

const REQUIRED = [
  'time_period',
  'geographic_level',
  'country_code',
  'region_code',
  'new_la_code',
  'enrolments',
  'sess_possible',
  'sess_overall',
  'sess_authorised',
  'sess_unauthorised',
  'enrolments_pa_10_exact',
  'enrolments_pa_50_exact',
] as const;

const LEVELS: Record<string, AbsenceRecord['level']> = {
  National: 'National',
  Regional: 'Regional',
  'Local authority': 'Local authority',
};

export function readEesAbsence(path: string, label = path): AbsenceRecord[] {
  const table = readCsv(path, REQUIRED, label);
  const phaseColumn = table.columns.includes('education_phase') ? 'education_phase' : 'school_type';
  if (!table.columns.includes(phaseColumn))
    throw new DataError(label, 'missing column education_phase (or school_type)', 1);
  const records: AbsenceRecord[] = [];
  const unique = uniqueKeys(label, 'year x geography x school type');
  table.rows.forEach((r, i) => {
    const at = (column: string) => ({ file: label, row: rowNumber(i), column });
    const level = LEVELS[r.geographic_level?.trim()];
    if (!level) return; // other levels (e.g. school) are not used
    const schoolType = parseText(r[phaseColumn], at(phaseColumn)) as SchoolType;
    if (!SCHOOL_TYPES.includes(schoolType)) return; // finer school types are not used
    const codeColumn = level === 'National' ? 'country_code' : level === 'Regional' ? 'region_code' : 'new_la_code';
    const nameColumn = level === 'National' ? 'country_name' : level === 'Regional' ? 'region_name' : 'la_name';
    const year = parseAcademicYear(r.time_period, at('time_period'));
    const code = parseText(r[codeColumn], at(codeColumn), /^E\d{8}$/);
    unique(`${year} x ${level} ${code} x ${schoolType}`, rowNumber(i));
    const counts = parseEesCounts(r, at);
    checkCountsPlausible(counts, at, EES_COUNT_COLUMNS);
    records.push({
      year,
      level,
      code,
      name: parseText(r[nameColumn], at(nameColumn)),
      regionCode: level === 'Local authority' ? parseText(r.region_code, at('region_code'), /^E\d{8}$/) : null,
      schoolType,
      ...counts,
    });
  });
  return records;
}
