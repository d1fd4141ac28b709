/**
 * Adapter for DfE's absence-distributions dashboard data (a zip holding one header-less CSV): pupil
 * enrolments by overall-absence band, for every cell of school type x FSM x SEN x gender x year group,
 * for England, regions (London split into Inner and Outer) and LAs, 2016/17 to 2022/23.
 * Bands are 5-point steps of % sessions missed; the last is 50% or more. Each row becomes three
 * counts: enrolments (all bands), persistent absentees (10% or more) and severe absentees (50% or more).
 */
import { unzipSync } from 'fflate';
import { DataError } from '../lib/errors';
import { checkTotals, recordCoverage, recordRows, uniqueKeys } from '../lib/expect';
import { decodingSync, readRaw } from '../lib/read-raw';
import { parseAcademicYear } from '../lib/values';

export const BAND_COLUMNS = [
  'pct5_OARate',
  'pct10_OARate',
  'pct15_OARate',
  'pct20_OARate',
  'pct25_OARate',
  'pct30_OARate',
  'pct35_OARate',
  'pct40_OARate',
  'pct45_OARate',
  'pct50_OARate',
  'pct50plus_OARate',
] as const;
/** Column names as the dashboard's own global.R assigns them (the CSV has no header). */
export const COLUMNS = [
  'time_identifier',
  'time_period',
  'geographic_level',
  'country_code',
  'country_name',
  'region_name',
  'region_code',
  'old_la_code',
  'new_la_code',
  'la_name',
  'school_type',
  'fsm_eligible',
  'sen_status',
  'gender',
  'NCyearActual',
  ...BAND_COLUMNS,
] as const;
const MEMBER = 'absence_bands_distributions.csv';

export interface BandCell {
  year: string;
  level: 'National' | 'Regional' | 'Local authority';
  code: string;
  name: string;
  /** Region (or Inner/Outer London) of an LA row; null for England and regions. */
  regionCode: string | null;
  schoolType: string;
  fsm: string;
  sen: string;
  gender: string;
  ncYear: number;
  enrolments: number;
  pa10: number;
  pa50: number;
  /** Enrolments in each band, in BAND_COLUMNS order. */
  bands: number[];
}

const CODE = /^E\d{8}$/;
const ALLOWED: Record<string, readonly string[]> = {
  school_type: ['State-funded primary', 'State-funded secondary', 'Special'],
  fsm_eligible: ['Eligible', 'Not Eligible', 'Unclassified'],
  sen_status: ['Any special educational need', 'No identified special educational need', 'Unclassified'],
  gender: ['Female', 'Male', 'Unclassified'],
};

export function unzipBands(zipPath: string, label = zipPath): string {
  const bytes = readRaw(zipPath, label);
  const files = decodingSync(label, 'zip', () => unzipSync(bytes, { filter: (f) => f.name === MEMBER }));
  if (!files[MEMBER]) throw new DataError(label, `the zip has no member ${MEMBER}`);
  return new TextDecoder('utf-8').decode(files[MEMBER]);
}

/**
 * Splits one CSV line (RFC 4180 quoting, no embedded newlines in this file). Hand-rolled because a
 * general parser building an object per row takes several times longer on 211,553 rows.
 */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] !== '"') {
      const comma = line.indexOf(',', i);
      const end = comma < 0 ? line.length : comma;
      fields.push(line.slice(i, end));
      i = end + 1;
      continue;
    }
    let value = '';
    let from = i + 1;
    for (;;) {
      const quote = line.indexOf('"', from);
      if (quote < 0) {
        value += line.slice(from);
        i = line.length + 1;
        break;
      } // unterminated: the field count check reports it
      value += line.slice(from, quote);
      if (line[quote + 1] === '"') {
        value += '"';
        from = quote + 2;
        continue;
      }
      i = quote + 2; // past the closing quote and its comma
      break;
    }
    fields.push(value);
  }
  return fields;
}

const COUNT = /^\d+$/;
const NC_YEAR = /^([1-9]|1[01])$/;
const col = Object.fromEntries(COLUMNS.map((c, i) => [c, i])) as Record<(typeof COLUMNS)[number], number>;
const GEOGRAPHY: Record<string, [number, number]> = {
  National: [col.country_code, col.country_name],
  Regional: [col.region_code, col.region_name],
  'Local authority': [col.new_la_code, col.la_name],
};

export function parseBands(text: string, label: string): BandCell[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const years = new Map<string, string>();
  const cells: BandCell[] = [];
  const unique = uniqueKeys(label, 'cell (year, area, school type, FSM, SEN, gender, year group)');
  lines.forEach((line, i) => {
    if (!line) return;
    const row = i + 1;
    const f = splitCsvLine(line);
    const fail = (column: string, message: string): never => {
      throw new DataError(label, message, row, column);
    };
    if (f.length !== COLUMNS.length)
      throw new DataError(label, `expected ${COLUMNS.length} fields, found ${f.length}`, row);
    const level = f[col.geographic_level];
    const geography = GEOGRAPHY[level] ?? fail('geographic_level', `unknown geographic level "${level}"`);
    for (const [column, allowed] of Object.entries(ALLOWED)) {
      const value = f[col[column as keyof typeof col]];
      if (!allowed.includes(value)) fail(column, `unexpected value "${value}"`);
    }
    const code = f[geography[0]].trim();
    if (!CODE.test(code)) fail(COLUMNS[geography[0]], `expected a GSS code, got "${code}"`);
    const regionCode = level === 'Local authority' ? f[col.region_code].trim() : null;
    if (regionCode !== null && !CODE.test(regionCode)) fail('region_code', `expected a GSS code, got "${regionCode}"`);
    if (!NC_YEAR.test(f[col.NCyearActual]))
      fail('NCyearActual', `expected a year group 1-11, got "${f[col.NCyearActual]}"`);
    const rawYear = f[col.time_period];
    const year =
      years.get(rawYear) ??
      years.set(rawYear, parseAcademicYear(rawYear, { file: label, row, column: 'time_period' })).get(rawYear)!;
    let enrolments = 0;
    let pa10 = 0;
    const bands: number[] = [];
    for (let b = 0; b < BAND_COLUMNS.length; b++) {
      const value = f[15 + b];
      if (!COUNT.test(value)) fail(BAND_COLUMNS[b], `expected a whole count, got "${value}"`);
      bands.push(Number(value));
      enrolments += Number(value);
      if (b >= 2) pa10 += Number(value); // bands from 10% of sessions missed
    }
    unique(
      [
        year,
        code,
        ...[col.school_type, col.fsm_eligible, col.sen_status, col.gender, col.NCyearActual].map((c) => f[c]),
      ].join(' x '),
      row,
    );
    cells.push({
      year,
      level: level as BandCell['level'],
      code,
      name: f[geography[1]].trim() || fail(COLUMNS[geography[1]], 'missing area name'),
      regionCode,
      schoolType: f[col.school_type],
      fsm: f[col.fsm_eligible],
      sen: f[col.sen_status],
      gender: f[col.gender],
      ncYear: Number(f[col.NCyearActual]),
      enrolments,
      pa10,
      pa50: Number(f[15 + 10]),
      bands,
    });
  });
  checkTotals(
    label,
    cells,
    ['enrolments', 'pa10', 'pa50'],
    (c) => `${c.schoolType}, FSM ${c.fsm}, SEN ${c.sen}, ${c.gender}, year ${c.ncYear}`,
  );
  recordRows(label, cells.length);
  recordCoverage(label, cells);
  return cells;
}

export const readBands = (zipPath: string, label = zipPath): BandCell[] =>
  parseBands(unzipBands(zipPath, label), label);
