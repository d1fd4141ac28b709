/**
 * Adapter for DfE's absence-distributions dashboard data (a zip holding one header-less CSV): pupil
 * enrolments by overall-absence band, for every cell of school type x FSM x SEN x gender x year group,
 * for England, regions (London split into Inner and Outer) and LAs, 2016/17 to 2022/23.
 * Bands are 5-point steps of % sessions missed; the last is 50% or more. Each row becomes three
 * counts: enrolments (all bands), persistent absentees (10% or more) and severe absentees (50% or more).
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { DataError } from '../lib/errors';
import { parseAcademicYear, parseText } from '../lib/values';

export const BAND_COLUMNS = [
  'pct5_OARate', 'pct10_OARate', 'pct15_OARate', 'pct20_OARate', 'pct25_OARate', 'pct30_OARate',
  'pct35_OARate', 'pct40_OARate', 'pct45_OARate', 'pct50_OARate', 'pct50plus_OARate',
] as const;
/** Column names as the dashboard's own global.R assigns them (the CSV has no header). */
export const COLUMNS = [
  'time_identifier', 'time_period', 'geographic_level', 'country_code', 'country_name', 'region_name', 'region_code', 'old_la_code',
  'new_la_code', 'la_name', 'school_type', 'fsm_eligible', 'sen_status', 'gender', 'NCyearActual', ...BAND_COLUMNS,
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
}

const CODE = /^E\d{8}$/;
const ALLOWED: Record<string, readonly string[]> = {
  school_type: ['State-funded primary', 'State-funded secondary', 'Special'],
  fsm_eligible: ['Eligible', 'Not Eligible', 'Unclassified'],
  sen_status: ['Any special educational need', 'No identified special educational need', 'Unclassified'],
  gender: ['Female', 'Male', 'Unclassified'],
};

export function unzipBands(zipPath: string, label = zipPath): string {
  const files = unzipSync(readFileSync(zipPath), { filter: (f) => f.name === MEMBER });
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
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted && ch === '"' && line[i + 1] === '"') { field += '"'; i++; }
    else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) { fields.push(field); field = ''; }
    else field += ch;
  }
  fields.push(field);
  return fields;
}

const COUNT = /^\d+$/;

export function parseBands(text: string, label: string): BandCell[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const cells: BandCell[] = [];
  lines.forEach((line, i) => {
    if (!line) return;
    const row = i + 1;
    const fields = splitCsvLine(line);
    if (fields.length !== COLUMNS.length) throw new DataError(label, `expected ${COLUMNS.length} fields, found ${fields.length}`, row);
    const r = Object.fromEntries(COLUMNS.slice(0, 15).map((c, j) => [c, fields[j]])) as Record<string, string>;
    const at = (column: string) => ({ file: label, row, column });
    const level = parseText(r.geographic_level, at('geographic_level'));
    const [codeColumn, nameColumn] =
      level === 'National' ? ['country_code', 'country_name'] : level === 'Regional' ? ['region_code', 'region_name'] : ['new_la_code', 'la_name'];
    if (!['National', 'Regional', 'Local authority'].includes(level)) {
      throw new DataError(label, `unknown geographic level "${level}"`, row, 'geographic_level');
    }
    for (const [column, allowed] of Object.entries(ALLOWED)) {
      if (!allowed.includes(r[column])) throw new DataError(label, `unexpected value "${r[column]}"`, row, column);
    }
    const counts = fields.slice(15).map((v, j) => {
      if (!COUNT.test(v)) throw new DataError(label, `expected a whole count, got "${v}"`, row, BAND_COLUMNS[j]);
      return Number(v);
    });
    const ncYear = Number(parseText(r.NCyearActual, at('NCyearActual'), /^([1-9]|1[01])$/));
    cells.push({
      year: parseAcademicYear(r.time_period, at('time_period')),
      level: level as BandCell['level'],
      code: parseText(r[codeColumn], at(codeColumn), CODE),
      name: parseText(r[nameColumn], at(nameColumn)),
      regionCode: level === 'Local authority' ? parseText(r.region_code, at('region_code'), CODE) : null,
      schoolType: r.school_type,
      fsm: r.fsm_eligible,
      sen: r.sen_status,
      gender: r.gender,
      ncYear,
      enrolments: counts.reduce((a, b) => a + b, 0),
      pa10: counts.slice(2).reduce((a, b) => a + b, 0),
      pa50: counts[10],
    });
  });
  return cells;
}

export const readBands = (zipPath: string, label = zipPath): BandCell[] => parseBands(unzipBands(zipPath, label), label);
