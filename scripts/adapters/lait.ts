/**
 * Adapter for DfE's LAIT data store (bds_long_0.parquet, long format, every value as text) and its
 * data dictionary. Keeps only the requested measures; `-` is missing (null, never 0); values are
 * rounded to the dictionary's decimal places, or cleared of float artefacts (10.039999999999999)
 * where the dictionary gives none.
 */
import { parquetReadObjects } from 'hyparquet';
import { academicYear } from '../../src/config/periods';
import { DataError } from '../lib/errors';
import { recordRows, uniqueKeys } from '../lib/expect';
import { decoding, readRaw } from '../lib/read-raw';
import { readCsv, rowNumber } from '../lib/read-csv';
import { parseNumber, parseText } from '../lib/values';

const COLUMNS = ['Short Desc', 'Years', 'LA and Regions', 'Values', 'LA Number', 'Region'] as const;

export interface LaitRecord {
  measure: string;
  /** Academic year, e.g. "2022/23" (LAIT's Years 2023). */
  year: string;
  area: string;
  laNumber: number;
  /** LAIT's region tag for an LA (London LAs: "Inner London"/"Outer London"); null for England and regions. */
  regionTag: string | null;
  value: number | null;
}

/** Decimal places per measure from the dictionary (null where it says NA). A measure it lacks is an error. */
export function readLaitDecimals(path: string, measures: readonly string[], label = path): Map<string, number | null> {
  const table = readCsv(path, ['Measure_short', 'dps'], label);
  const decimals = new Map<string, number | null>();
  table.rows.forEach((r, i) => {
    const measure = r.Measure_short?.trim();
    if (!measures.includes(measure)) return;
    const dps = parseNumber(r.dps, { file: label, row: rowNumber(i), column: 'dps' });
    // A measure can be listed twice (old and new wording); a stated precision wins over NA.
    if (dps !== null || !decimals.has(measure)) decimals.set(measure, dps);
  });
  const missing = measures.filter((m) => !decimals.has(m));
  if (missing.length) throw new DataError(label, `measure(s) not in the data dictionary: ${missing.join(', ')}`);
  return decimals;
}

export const roundTo = (value: number, decimals: number | null): number =>
  decimals === null ? Number(value.toPrecision(12)) : Number(value.toFixed(decimals));

/** LAIT Years "2023" (academic year ending in 2023) -> "2022/23". */
export function laitYear(raw: unknown, at: { file: string; row: number; column: string }): string {
  return academicYear(Number(parseText(raw, at, /^\d{4}$/)) - 1);
}

export async function readLait(
  path: string,
  decimals: ReadonlyMap<string, number | null>,
  label = path,
): Promise<LaitRecord[]> {
  const bytes = readRaw(path, label);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const rows = await decoding(
    label,
    'parquet',
    async () => (await parquetReadObjects({ file, columns: [...COLUMNS] })) as Record<string, unknown>[],
  );
  const missing = COLUMNS.filter((c) => rows.length && !(c in rows[0]));
  if (!rows.length || missing.length)
    throw new DataError(label, `no rows, or missing column(s): ${missing.join(', ')}`);
  recordRows(label, rows.length);
  const unique = uniqueKeys(label, 'measure x year x LA number');

  const records: LaitRecord[] = [];
  rows.forEach((r, i) => {
    const measure = String(r['Short Desc'] ?? '');
    if (!decimals.has(measure)) return;
    const at = (column: string) => ({ file: label, row: i + 1, column });
    const laNumber = Number(r['LA Number']);
    if (!Number.isInteger(laNumber))
      throw new DataError(label, `LA Number "${r['LA Number']}" is not a whole number`, i + 1, 'LA Number');
    const value = parseNumber(r.Values, at('Values'));
    const regionTag = parseText(r.Region, at('Region'));
    const year = laitYear(r.Years, at('Years'));
    unique(`${measure} x ${year} x ${laNumber}`, i + 1, 'LA Number');
    records.push({
      measure,
      year,
      area: parseText(r['LA and Regions'], at('LA and Regions')),
      laNumber,
      regionTag: regionTag === 'NA' ? null : regionTag,
      value: value === null ? null : roundTo(value, decimals.get(measure) ?? null),
    });
  });
  return records;
}
