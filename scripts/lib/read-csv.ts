import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { DataError } from './errors';

export interface CsvTable {
  file: string;
  columns: string[];
  /** Rows as objects; `rowNumber(i)` gives the 1-based line number a person sees in the file. */
  rows: Record<string, string>[];
}

/** 1-based file line of data row i (the header is line 1). */
export const rowNumber = (i: number, hasHeader = true) => i + (hasHeader ? 2 : 1);

/**
 * Parses a CSV with a header row and checks that every required column is present.
 * Malformed rows (wrong field count) stop the run with the file and line.
 */
export function readCsv(path: string, required: readonly string[], label = path): CsvTable {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const columns = (parsed.meta.fields ?? []).map((c) => c.trim());
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length) {
    throw new DataError(label, `missing required column(s): ${missing.join(', ')}; found: ${columns.join(', ')}`, 1);
  }
  const bad = parsed.errors.find((e) => e.type === 'FieldMismatch' || e.type === 'Quotes');
  if (bad) throw new DataError(label, `malformed row: ${bad.message}`, (bad.row ?? 0) + 2);
  return { file: label, columns, rows: parsed.data };
}
