/**
 * Reads one sheet of an Indices of Deprivation workbook as a table. Published headers carry trailing
 * and doubled spaces ("IDACI - Proportion  of LSOAs ... "), so headers are matched with whitespace
 * collapsed.
 */
import ExcelJS from 'exceljs';
import { DataError } from '../lib/errors';
import { recordRows } from '../lib/expect';
import { decoding, readRaw } from '../lib/read-raw';

export interface SheetTable {
  /** "file, sheet NAME" for error messages. */
  label: string;
  /** Rows keyed by the normalised header; `row` is the worksheet row number a person sees in Excel. */
  rows: { row: number; cells: Record<string, unknown> }[];
}

export const normaliseHeader = (text: unknown) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/** A cell's plain value: a formula's result, rich text joined. */
export function cellValue(value: ExcelJS.CellValue): unknown {
  if (value && typeof value === 'object' && 'result' in value) return value.result; // formula cell
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('');
  return value;
}

/**
 * Loads the whole workbook before reading the sheet: exceljs's streaming reader spills to temporary
 * files that vanish if the read stops early (e.g. on a validation error), failing later uncaught.
 */
export async function readSheet(
  path: string,
  file: string,
  sheet: string,
  required: readonly string[],
): Promise<SheetTable> {
  const label = `${file}, sheet "${sheet}"`;
  const workbook = new ExcelJS.Workbook();
  const bytes = readRaw(path, file);
  await decoding(file, 'xlsx workbook', () => workbook.xlsx.load(bytes as unknown as ArrayBuffer));
  const ws = workbook.getWorksheet(sheet);
  if (!ws) throw new DataError(file, `no sheet named "${sheet}"`);
  let headers: string[] | undefined;
  const rows: SheetTable['rows'] = [];
  ws.eachRow((row) => {
    const values = (row.values as ExcelJS.CellValue[]).map(cellValue);
    if (!headers) {
      headers = values.map(normaliseHeader);
      const missing = required.map(normaliseHeader).filter((c) => !headers!.includes(c));
      if (missing.length) {
        throw new DataError(
          label,
          `missing required column(s): ${missing.map((c) => `"${c}"`).join(', ')}; found: ${headers.filter(Boolean).join(' | ')}`,
          row.number,
          missing[0],
        );
      }
      return;
    }
    if (values.every((v) => v === null || v === undefined || v === '')) return;
    rows.push({ row: row.number, cells: Object.fromEntries(headers.map((h, i) => [h, values[i]]).filter(([h]) => h)) });
  });
  if (!headers) throw new DataError(label, 'the sheet is empty');
  recordRows(file, rows.length, `rows in sheet "${sheet}"`);
  return { label, rows };
}
