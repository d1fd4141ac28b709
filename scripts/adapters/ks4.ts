/**
 * Adapters for DfE's Key stage 4 performance 2022/23 (revised) EES files: Attainment 8 by LA, region
 * (with Inner/Outer London) and England, and national Attainment 8 by pupil characteristic.
 */
import { DataError } from '../lib/errors';
import { recordCoverage, uniqueKeys } from '../lib/expect';
import { readCsv, rowNumber } from '../lib/read-csv';
import { parseAcademicYear, parseCount, parseNumber, parseText } from '../lib/values';

export interface Ks4AreaRecord {
  year: string;
  level: 'National' | 'Regional' | 'Local authority';
  code: string;
  /** DfE's 3-digit LA number (LAs only). */
  laNumber: number | null;
  name: string;
  att8: number | null;
}

const LA_COLUMNS = [
  'time_period',
  'geographic_level',
  'country_code',
  'region_code',
  'old_la_code',
  'new_la_code',
  'la_name',
  'region_name',
  'gender',
  'avg_att8',
] as const;

/** Attainment 8 for all pupils (gender Total) by LA, region and England. */
export function readKs4Areas(path: string, label = path): Ks4AreaRecord[] {
  const table = readCsv(path, LA_COLUMNS, label);
  const unique = uniqueKeys(label, 'year x area');
  const records = table.rows.flatMap((r, i): Ks4AreaRecord[] => {
    const at = (column: string) => ({ file: label, row: rowNumber(i), column });
    if (parseText(r.gender, at('gender')) !== 'Total') return [];
    const level = parseText(r.geographic_level, at('geographic_level')) as Ks4AreaRecord['level'];
    const la = level === 'Local authority';
    const codeColumn = level === 'National' ? 'country_code' : la ? 'new_la_code' : 'region_code';
    const nameColumn = la ? 'la_name' : 'region_name';
    if (!['National', 'Regional', 'Local authority'].includes(level)) {
      throw new DataError(label, `unexpected geographic level "${level}"`, rowNumber(i), 'geographic_level');
    }
    const year = parseAcademicYear(r.time_period, at('time_period'));
    const code = parseText(r[codeColumn], at(codeColumn), /^E\d{8}$/);
    unique(`${year} x ${level} ${code}`, rowNumber(i), codeColumn);
    const att8 = parseNumber(r.avg_att8, at('avg_att8'));
    if (att8 !== null && (att8 < 0 || att8 > 90))
      throw new DataError(label, `Attainment 8 ${att8} is outside 0-90`, rowNumber(i), 'avg_att8');
    return [
      {
        year,
        level,
        code,
        laNumber: la ? Number(parseText(r.old_la_code, at('old_la_code'), /^\d{3}$/)) : null,
        name: level === 'National' ? 'England' : parseText(r[nameColumn], at(nameColumn)),
        att8,
      },
    ];
  });
  recordCoverage(label, records);
  return records;
}

/** A pupil group in the national characteristics file: its breakdown, and the columns it sets (all others are "Total"). */
export interface Ks4Group {
  id: string;
  label: string;
  breakdown: string;
  match: Readonly<Record<string, string>>;
}

const BREAKDOWN_COLUMNS = [
  'gender',
  'ethnicity_major',
  'ethnicity_minor',
  'free_school_meals',
  'sen_status',
  'primary_need',
  'all_primary_need',
  'sen_description',
  'disadvantage',
  'first_language',
  'admission_type',
  'religious_denomination',
] as const;

export interface Ks4GroupRecord {
  year: string;
  group: string;
  att8: number | null;
  pupils: number | null;
}

const CHAR_COLUMNS = [
  'time_period',
  'establishment_type',
  'breakdown',
  'avg_att8',
  't_pupils',
  ...BREAKDOWN_COLUMNS,
] as const;

/**
 * National Attainment 8 for each group, all state-funded schools, boys and girls together. Exactly
 * one row per group and year must match, so a change in the file's layout cannot double count.
 */
export function readKs4Groups(path: string, groups: readonly Ks4Group[], label = path): Ks4GroupRecord[] {
  const table = readCsv(path, CHAR_COLUMNS, label);
  const found = new Map<string, Ks4GroupRecord>();
  table.rows.forEach((r, i) => {
    if (r.establishment_type !== 'All state-funded') return;
    const at = (column: string) => ({ file: label, row: rowNumber(i), column });
    for (const g of groups) {
      if (r.breakdown !== g.breakdown || BREAKDOWN_COLUMNS.some((c) => r[c] !== (g.match[c] ?? 'Total'))) continue;
      const year = parseAcademicYear(r.time_period, at('time_period'));
      const key = `${g.id}|${year}`;
      if (found.has(key)) throw new DataError(label, `a second row for ${g.label} in ${year}`, rowNumber(i));
      found.set(key, {
        year,
        group: g.id,
        att8: parseNumber(r.avg_att8, at('avg_att8')),
        pupils: parseCount(r.t_pupils, at('t_pupils')),
      });
    }
  });
  const missing = groups.filter((g) => ![...found.values()].some((f) => f.group === g.id));
  if (missing.length) throw new DataError(label, `no rows for ${missing.map((g) => g.label).join(', ')}`);
  return [...found.values()].sort(
    (a, b) =>
      a.year.localeCompare(b.year) ||
      groups.findIndex((g) => g.id === a.group) - groups.findIndex((g) => g.id === b.group),
  );
}
