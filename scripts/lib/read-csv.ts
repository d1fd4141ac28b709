import Papa from 'papaparse';
import { DataError } from './errors';
import { recordRows } from './expect';
import { readRaw } from './read-raw';

export interface CsvTable {
  file: string;
  columns: string[];
  /** Rows as objects; `rowNumber(i)` gives the 1-based line number a person sees in the file. */
  rows: Record<string, string>[];
}

/** 1-based file line of data row i (the header is line 1). */
export const rowNumber = (i: number, hasHeader = true) => i + (hasHeader ? 2 : 1);

/**
 * Header cells as the adapters name them: a BOM, stray or doubled whitespace and a different case
 * of a required column are normalised; two cells that become the same name are an error, so a
 * column is never silently replaced or emptied.
 */
function normaliseHeader(cells: readonly string[], required: readonly string[], label: string): string[] {
  const byLower = new Map(required.map((c) => [c.toLowerCase(), c]));
  const names = cells.map((cell) => {
    const name = cell
      .replace(/^\uFEFF/, '')
      .replace(/\s+/g, ' ')
      .trim();
    return byLower.get(name.toLowerCase()) ?? name;
  });
  names.forEach((name, i) => {
    const first = names.indexOf(name);
    if (name && first !== i)
      throw new DataError(label, `two header cells are both "${name}" (columns ${first + 1} and ${i + 1})`, 1, name);
  });
  return names;
}

/**
 * Parses a CSV with a header row and checks that every required column is present, that every row
 * has as many fields as the header (a file cut mid-line fails here) and that there are at least as
 * many rows as the source registry expects for the release.
 */
export function readCsv(path: string, required: readonly string[], label = path): CsvTable {
  const text = readRaw(path, label)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true });
  if (!parsed.data.length) throw new DataError(label, 'the file is empty: no header row', 1);
  const columns = normaliseHeader(parsed.data[0], required, label);
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length) {
    throw new DataError(label, `missing required column(s): ${missing.join(', ')}; found: ${columns.join(', ')}`, 1);
  }
  const quotes = parsed.errors.find((e) => e.type === 'Quotes');
  if (quotes) throw new DataError(label, `malformed row: ${quotes.message}`, (quotes.row ?? 0) + 1);
  const rows = parsed.data.slice(1).map((fields, i) => {
    if (fields.length !== columns.length) {
      throw new DataError(
        label,
        `expected ${columns.length} fields, found ${fields.length} (a file cut short, or a stray comma?)`,
        rowNumber(i),
      );
    }
    return Object.fromEntries(columns.map((c, j) => [c, fields[j]]));
  });
  recordRows(label, rows.length);
  return { file: label, columns, rows };
}
