/**
 * Adapter for the mirror's copy of "Absence rates by geographic level": a third-party reshape
 * (fact_attendance_annual.csv, keyed NAT|/REG|/LA| + dim_geography.csv). Counts are unchanged
 * from DfE's file; its rate columns (fractions) are ignored because we recompute rates from counts.
 */
import type { AbsenceRecord } from '../../src/lib/absence';
import { SCHOOL_TYPES, type SchoolType } from '../../src/config/school-types';
import { DataError } from '../lib/errors';
import { readCsv, rowNumber } from '../lib/read-csv';
import { parseAcademicYear, parseCount, parseText } from '../lib/values';

const FACT_COLUMNS = [
  'AcademicYearKey', 'GeographyKey', 'SchoolTypeKey', 'Enrolments', 'SessionsPossible', 'OverallAbsenceSessions',
  'AuthorisedAbsenceSessions', 'UnauthorisedAbsenceSessions', 'PersistentAbsentees', 'SevereAbsentees',
] as const;
const GEO_COLUMNS = ['GeographyKey', 'GeographyLevel', 'GeographyName', 'RegionCode'] as const;

const LEVELS: Record<string, AbsenceRecord['level']> = { NAT: 'National', REG: 'Regional', LA: 'Local authority' };

export function readCuratedAbsence(factPath: string, geographyPath: string, labels = { fact: factPath, geo: geographyPath }): AbsenceRecord[] {
  const geo = readCsv(geographyPath, GEO_COLUMNS, labels.geo);
  const areas = new Map(geo.rows.map((r) => [r.GeographyKey, r]));
  const fact = readCsv(factPath, FACT_COLUMNS, labels.fact);

  return fact.rows.map((r, i) => {
    const at = (column: string) => ({ file: fact.file, row: rowNumber(i), column });
    const key = parseText(r.GeographyKey, at('GeographyKey'), /^(NAT|REG|LA)\|E\d{8}$/);
    const area = areas.get(key);
    if (!area) throw new DataError(fact.file, `geography key ${key} is not in ${geo.file}`, rowNumber(i), 'GeographyKey');
    const schoolType = parseText(r.SchoolTypeKey, at('SchoolTypeKey')) as SchoolType;
    if (!SCHOOL_TYPES.includes(schoolType)) {
      throw new DataError(fact.file, `unknown school type "${schoolType}"`, rowNumber(i), 'SchoolTypeKey');
    }
    const [prefix, code] = key.split('|');
    return {
      year: parseAcademicYear(r.AcademicYearKey, at('AcademicYearKey')),
      level: LEVELS[prefix],
      code,
      name: area.GeographyName.trim(),
      regionCode: prefix === 'LA' ? area.RegionCode.trim() : null,
      schoolType,
      enrolments: parseCount(r.Enrolments, at('Enrolments')),
      sessPossible: parseCount(r.SessionsPossible, at('SessionsPossible')),
      sessOverall: parseCount(r.OverallAbsenceSessions, at('OverallAbsenceSessions')),
      sessAuthorised: parseCount(r.AuthorisedAbsenceSessions, at('AuthorisedAbsenceSessions')),
      sessUnauthorised: parseCount(r.UnauthorisedAbsenceSessions, at('UnauthorisedAbsenceSessions')),
      pa10: parseCount(r.PersistentAbsentees, at('PersistentAbsentees')),
      pa50: parseCount(r.SevereAbsentees, at('SevereAbsentees')),
    };
  });
}
