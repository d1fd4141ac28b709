/**
 * Reads one sheet of an Indices of Deprivation workbook as a table. Published headers carry trailing
 * and doubled spaces ("IDACI - Proportion  of LSOAs ... "), so headers are matched with whitespace
 * collapsed. Streams the workbook (the LSOA files hold ~33,000 rows).
 */
import ExcelJS from 'exceljs';
import { DataError } from '../lib/errors';

export interface SheetTable {
  /** "file, sheet NAME" for error messages. */
  label: string;
  /** Rows keyed by the normalised header; `row` is the worksheet row number a person sees in Excel. */
  rows: { row: number; cells: Record<string, unknown> }[];
}

export const normaliseHeader = (text: unknown) => String(text ?? '').replace(/\s+/g, ' ').trim();

function cellValue(value: ExcelJS.CellValue): unknown {
  if (value && typeof value === 'object' && 'result' in value) return value.result; // formula cell
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((t) => t.text).join('');
  return value;
}

export async function readSheet(path: string, file: string, sheet: string, required: readonly string[]): Promise<SheetTable> {
  const label = `${file}, sheet "${sheet}"`;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', worksheets: 'emit', hyperlinks: 'ignore', styles: 'ignore' });
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
    if (ws.name !== sheet) continue;
    let headers: string[] | undefined;
    const rows: SheetTable['rows'] = [];
    for await (const row of ws) {
      const values = (row.values as ExcelJS.CellValue[]).map(cellValue);
      if (!headers) {
        headers = values.map(normaliseHeader);
        const missing = required.map(normaliseHeader).filter((c) => !headers!.includes(c));
        if (missing.length) {
          throw new DataError(label, `missing required column(s): ${missing.map((c) => `"${c}"`).join(', ')}; found: ${headers.filter(Boolean).join(' | ')}`, row.number, missing[0]);
        }
        continue;
      }
      if (values.every((v) => v === null || v === undefined || v === '')) continue;
      rows.push({ row: row.number, cells: Object.fromEntries(headers.map((h, i) => [h, values[i]]).filter(([h]) => h)) });
    }
    if (!headers) throw new DataError(label, 'the sheet is empty');
    return { label, rows };
  }
  throw new DataError(file, `no sheet named "${sheet}"`);
}
