/**
 * Adapter for the mirror's copy of "Absence rates by geographic level": a third-party reshape
 * (fact_attendance_annual.csv, keyed NAT|/REG|/LA| + dim_geography.csv). Counts are unchanged
 * from DfE's file; its rate columns (fractions) are ignored because we recompute rates from counts.
 */
import type { AbsenceCounts, AbsenceRecord, CountField } from '../../src/data/absence-columns';
import { SCHOOL_TYPES, type SchoolType } from '../../src/config/school-types';
import { DataError } from '../lib/errors';
import { checkCountsPlausible, uniqueKeys } from '../lib/expect';
import { readCsv, rowNumber } from '../lib/read-csv';
import { parseAcademicYear, parseCount, parseText } from '../lib/values';

const FACT_COLUMNS = [
  'AcademicYearKey',
  'GeographyKey',
  'SchoolTypeKey',
  'Enrolments',
  'SessionsPossible',
  'OverallAbsenceSessions',
  'AuthorisedAbsenceSessions',
  'UnauthorisedAbsenceSessions',
  'PersistentAbsentees',
  'SevereAbsentees',
] as const;
const GEO_COLUMNS = ['GeographyKey', 'GeographyLevel', 'GeographyName', 'RegionCode'] as const;

const COUNT_COLUMNS: Record<CountField, string> = {
  enrolments: 'Enrolments',
  sessPossible: 'SessionsPossible',
  sessOverall: 'OverallAbsenceSessions',
  sessAuthorised: 'AuthorisedAbsenceSessions',
  sessUnauthorised: 'UnauthorisedAbsenceSessions',
  pa10: 'PersistentAbsentees',
  pa50: 'SevereAbsentees',
};

const LEVELS: Record<string, AbsenceRecord['level']> = { NAT: 'National', REG: 'Regional', LA: 'Local authority' };

export function readCuratedAbsence(
  factPath: string,
  geographyPath: string,
  labels = { fact: factPath, geo: geographyPath },
): AbsenceRecord[] {
  const geo = readCsv(geographyPath, GEO_COLUMNS, labels.geo);
  const geoKey = uniqueKeys(labels.geo, 'geography key');
  geo.rows.forEach((r, i) => geoKey(r.GeographyKey, rowNumber(i), 'GeographyKey'));
  const areas = new Map(geo.rows.map((r) => [r.GeographyKey, r]));
  const fact = readCsv(factPath, FACT_COLUMNS, labels.fact);
  const unique = uniqueKeys(fact.file, 'year x geography x school type');

  return fact.rows.map((r, i) => {
    const at = (column: string) => ({ file: fact.file, row: rowNumber(i), column });
    const key = parseText(r.GeographyKey, at('GeographyKey'), /^(NAT|REG|LA)\|E\d{8}$/);
    const area = areas.get(key);
    if (!area)
      throw new DataError(fact.file, `geography key ${key} is not in ${geo.file}`, rowNumber(i), 'GeographyKey');
    const schoolType = parseText(r.SchoolTypeKey, at('SchoolTypeKey')) as SchoolType;
    if (!SCHOOL_TYPES.includes(schoolType)) {
      throw new DataError(fact.file, `unknown school type "${schoolType}"`, rowNumber(i), 'SchoolTypeKey');
    }
    const [prefix, code] = key.split('|');
    const year = parseAcademicYear(r.AcademicYearKey, at('AcademicYearKey'));
    unique(`${year} x ${key} x ${schoolType}`, rowNumber(i));
    const counts = Object.fromEntries(
      Object.entries(COUNT_COLUMNS).map(([field, column]) => [field, parseCount(r[column], at(column))]),
    ) as AbsenceCounts;
    checkCountsPlausible(counts, at, COUNT_COLUMNS);
    return {
      year,
      level: LEVELS[prefix],
      code,
      name: area.GeographyName.trim(),
      regionCode: prefix === 'LA' ? area.RegionCode.trim() : null,
      schoolType,
      ...counts,
    };
  });
}
