/**
 * Adapter for sen_national.csv (DfE, Outcomes for children in need: SEN provision and primary need,
 * national, 2016/17 to 2021/22). Keeps the "All pupils comparison" group: every pupil in state-funded
 * schools. Counts are as published (rounded to the nearest 10).
 */
import { DataError } from '../lib/errors';
import { recordCoverage, uniqueKeys } from '../lib/expect';
import { readCsv, rowNumber } from '../lib/read-csv';
import { parseAcademicYear, parseCount } from '../lib/values';

export interface SenNationalRecord {
  year: string;
  pupils: number | null;
  senSupport: number | null;
  ehcp: number | null;
  /** Pupils whose primary need is social, emotional and mental health, on SEN support / with an EHC plan. */
  semhSupport: number | null;
  semhEhcp: number | null;
}

const ALL_PUPILS = 'All pupils comparison';
const COLUMNS = [
  'time_period',
  'geographic_level',
  'social_care_group',
  't_pupils',
  't_SEN_support',
  't_statement_or_EHC_plan',
  't_SEMH_ss',
  't_SEMH_se',
] as const;

export function readSenNational(path: string, label = path): SenNationalRecord[] {
  const table = readCsv(path, COLUMNS, label);
  const unique = uniqueKeys(label, 'year');
  const records = table.rows.flatMap((r, i) => {
    if (r.social_care_group !== ALL_PUPILS || r.geographic_level !== 'National') return [];
    const at = (column: string) => ({ file: label, row: rowNumber(i), column });
    const year = parseAcademicYear(r.time_period, at('time_period'));
    unique(year, rowNumber(i), 'time_period');
    const pupils = parseCount(r.t_pupils, at('t_pupils'));
    for (const column of ['t_SEN_support', 't_statement_or_EHC_plan'] as const) {
      const part = parseCount(r[column], at(column));
      if (pupils !== null && part !== null && part > pupils)
        throw new DataError(label, `${part} is more than all ${pupils} pupils (t_pupils)`, rowNumber(i), column);
    }
    return [
      {
        year,
        pupils,
        senSupport: parseCount(r.t_SEN_support, at('t_SEN_support')),
        ehcp: parseCount(r.t_statement_or_EHC_plan, at('t_statement_or_EHC_plan')),
        semhSupport: parseCount(r.t_SEMH_ss, at('t_SEMH_ss')),
        semhEhcp: parseCount(r.t_SEMH_se, at('t_SEMH_se')),
      },
    ];
  });
  if (!records.length) throw new DataError(label, `no national "${ALL_PUPILS}" rows`);
  recordCoverage(label, records);
  return records.sort((a, b) => a.year.localeCompare(b.year));
}
