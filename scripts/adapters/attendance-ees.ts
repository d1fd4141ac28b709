/**
 * Adapter for DfE's register attendance files (EES format, "Pupil attendance in schools"): weekly, term and
 * year-to-date files alike. Every count is a whole number or a marker (missing, never 0); reasons are read into
 * the site's eight groups; any other geographic level, school type or period is an error naming the cell.
 */
import type { RegisterSchoolType } from '../../src/config/attendance';
import { REGISTER_SCHOOL_TYPES } from '../../src/config/attendance';
import type { RegisterArea, RegisterCounts } from '../../src/data/attendance-columns';
import { DataError } from '../lib/errors';
import { recordCoverage, recordRows, uniqueKeys } from '../lib/expect';
import { readCsv, rowNumber } from '../lib/read-csv';
import { parseCount, parseNumber, parseText, type CellContext } from '../lib/values';

const REQUIRED = [
  'time_period',
  'geographic_level',
  'country_code',
  'country_name',
  'region_code',
  'region_name',
  'new_la_code',
  'la_name',
  'time_identifier',
  'num_schools',
  'enrolments',
  'possible_sessions',
  'overall_absence',
  'authorised_absence',
  'unauthorised_absence',
  'reason_i_authorised_illness',
  'reason_m_authorised_medical_dental',
  'reason_h_authorised_holiday',
  'reason_g_unauthorised_holiday',
  'reason_u_unauthorised_late_after_registers_closed',
  'reason_o_other_unauthorised',
  'reason_n_no_reason_yet',
] as const;

const COUNT_COLUMNS: Record<Exclude<keyof RegisterCounts, 'authOther'>, string> = {
  possible: 'possible_sessions',
  overall: 'overall_absence',
  authorised: 'authorised_absence',
  unauthorised: 'unauthorised_absence',
  illness: 'reason_i_authorised_illness',
  appointments: 'reason_m_authorised_medical_dental',
  authHoliday: 'reason_h_authorised_holiday',
  unauthHoliday: 'reason_g_unauthorised_holiday',
  late: 'reason_u_unauthorised_late_after_registers_closed',
  unauthOther: 'reason_o_other_unauthorised',
  noReason: 'reason_n_no_reason_yet',
};

const LEVELS = {
  National: ['country_code', 'country_name'],
  Regional: ['region_code', 'region_name'],
  'Local authority': ['new_la_code', 'la_name'],
} as const;

/** What a row's time_identifier says: a term, the year to date, or a week of the calendar year in time_period. */
export type RegisterTime = { kind: 'ytd' | 'autumn' | 'spring' | 'summer' } | { kind: 'week'; week: number };

const TERMS: Record<string, 'ytd' | 'autumn' | 'spring' | 'summer'> = {
  'Academic year': 'ytd',
  'Autumn term': 'autumn',
  'Spring term': 'spring',
  'Summer term': 'summer',
};

export interface RegisterRow extends RegisterArea, RegisterCounts {
  time: RegisterTime;
  /** time_period as published: "202223" for terms and years, "2022" for weeks. */
  timePeriod: string;
  schoolType: RegisterSchoolType;
  paPct: number | null;
  /** Averages over the period's days, as published (fractional). */
  schools: number | null;
  pupils: number | null;
  /** 1-based line in the file, for messages. */
  line: number;
}

export function readRegisterFile(path: string, label = path): RegisterRow[] {
  const table = readCsv(path, REQUIRED, label);
  const typeColumn = table.columns.includes('education_phase') ? 'education_phase' : 'school_type';
  if (!table.columns.includes(typeColumn))
    throw new DataError(label, 'missing column school_type (or education_phase)', 1);
  const hasPa = table.columns.includes('pa_perc');
  const once = uniqueKeys(label, 'period x area x school type');
  const rows = table.rows.map((r, i): RegisterRow => {
    const at = (column: string): CellContext => ({ file: label, row: rowNumber(i), column });
    const levelText = parseText(r.geographic_level, at('geographic_level'));
    const level = LEVELS[levelText as keyof typeof LEVELS];
    if (!level)
      throw new DataError(label, `unexpected geographic level "${levelText}"`, rowNumber(i), 'geographic_level');
    const schoolType = parseText(r[typeColumn], at(typeColumn)) as RegisterSchoolType;
    if (!REGISTER_SCHOOL_TYPES.includes(schoolType)) {
      throw new DataError(
        label,
        `unexpected school type "${schoolType}" (expected ${REGISTER_SCHOOL_TYPES.join(', ')})`,
        rowNumber(i),
        typeColumn,
      );
    }
    const counts = Object.fromEntries(
      Object.entries(COUNT_COLUMNS).map(([field, column]) => [field, parseCount(r[column], at(column))]),
    ) as Omit<RegisterCounts, 'authOther'>;
    const { authorised, illness, appointments, authHoliday } = counts;
    const authOther =
      authorised === null || illness === null || appointments === null || authHoliday === null
        ? null
        : authorised - illness - appointments - authHoliday;
    if (authOther !== null && authOther < 0) {
      throw new DataError(
        label,
        'illness, appointments and authorised holiday exceed authorised absence',
        rowNumber(i),
        'authorised_absence',
      );
    }
    const [codeColumn, nameColumn] = level;
    const isLa = levelText === 'Local authority';
    return {
      time: parseTime(r.time_identifier, at('time_identifier')),
      timePeriod: parseText(r.time_period, at('time_period'), /^\d{4}(\d{2})?$/),
      level: levelText as RegisterArea['level'],
      code: parseText(r[codeColumn], at(codeColumn), /^E\d{8}$/),
      name: parseText(r[nameColumn], at(nameColumn)),
      regionCode: isLa ? parseText(r.region_code, at('region_code'), /^E12\d{6}$/) : null,
      schoolType,
      ...counts,
      authOther,
      paPct: hasPa ? parseNumber(r.pa_perc, at('pa_perc')) : null,
      schools: parseNumber(r.num_schools, at('num_schools')),
      pupils: parseNumber(r.enrolments, at('enrolments')),
      line: rowNumber(i),
    };
  });
  for (const r of rows) once(`${r.timePeriod} ${JSON.stringify(r.time)} ${r.code} ${r.schoolType}`, r.line);
  recordRows(label, rows.length);
  recordCoverage(
    label,
    rows.map((r) => ({ year: r.timePeriod, level: r.level, code: r.code, schoolType: r.schoolType })),
  );
  return rows;
}

function parseTime(raw: unknown, at: CellContext): RegisterTime {
  const text = parseText(raw, at);
  if (TERMS[text]) return { kind: TERMS[text] };
  const week = /^Week (\d{1,2})$/.exec(text);
  if (!week || Number(week[1]) < 1 || Number(week[1]) > 53) {
    throw new DataError(
      at.file,
      `unexpected time_identifier "${text}" (expected a term, "Academic year" or "Week NN")`,
      at.row,
      at.column,
    );
  }
  return { kind: 'week', week: Number(week[1]) };
}
