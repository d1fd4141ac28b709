/**
 * DfE's Children's Services statistical neighbour groupings (the LAIT copy of the benchmarking tool's
 * sheet "LA SN Groups"): for each LA, its 10 nearest LAs with a closeness band. LAs are keyed by DfE's
 * old 3-digit LA number. The sheet has two junk rows (column letters, column numbers) above its header;
 * the header repeats "SNP" after each "SNk", so columns are read by position, checked against the header.
 * Rows below an "Old SNs:" marker are former LAs (e.g. Northamptonshire) kept from the earlier model.
 */
import ExcelJS from 'exceljs';
import { DataError } from '../lib/errors';
import { cellValue } from './iod-xlsx';

/** DfE's closeness bands, closest first (the sheet mixes "Very close" and "Very Close"). */
export const CLOSENESS = ['Extremely close', 'Very close', 'Close', 'Somewhat close', 'Not close'] as const;
export type Closeness = (typeof CLOSENESS)[number];

export const NEIGHBOURS_PER_LA = 10;
const SHEET = 'LA SN Groups';
const HEADER_ROW = 3;
const HEADER = [
  'LA num',
  'LA Name',
  'LA number',
  'GOInd',
  'GOReg',
  ...Array.from({ length: NEIGHBOURS_PER_LA }, (_, i) => [`SN${i + 1}`, 'SNP']).flat(),
];
const OLD_MARKER = 'Old SNs:';

export interface NeighbourGroup {
  laNumber: number;
  name: string;
  /** GOReg as written, e.g. "London (Inner)". */
  region: string;
  /** A former LA listed under "Old SNs:". */
  former: boolean;
  /** Nearest first; empty when DfE gives none ("-" throughout, e.g. Cumberland in the 2021 model). */
  neighbours: { laNumber: number; closeness: Closeness }[];
}

const laNumber = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 999 ? value : null;

export async function readNeighbourGroups(path: string, file: string): Promise<NeighbourGroup[]> {
  const label = `${file}, sheet "${SHEET}"`;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const ws = workbook.getWorksheet(SHEET);
  if (!ws) throw new DataError(file, `no sheet named "${SHEET}"`);
  const header = (ws.getRow(HEADER_ROW).values as ExcelJS.CellValue[])
    .slice(1)
    .map((v) => String(cellValue(v) ?? '').trim());
  HEADER.forEach((expected, i) => {
    if (header[i] !== expected)
      throw new DataError(
        label,
        `expected header "${expected}" in column ${i + 1}, found "${header[i] ?? ''}"`,
        HEADER_ROW,
        expected,
      );
  });
  const groups: NeighbourGroup[] = [];
  let former = false;
  ws.eachRow((row, r) => {
    if (r <= HEADER_ROW) return;
    const cells = (row.values as ExcelJS.CellValue[]).slice(1).map(cellValue);
    if (cells.every((v) => v === null || v === undefined || v === '')) return;
    if (String(cells[1] ?? '').trim() === OLD_MARKER) {
      former = true;
      return;
    }
    const own = laNumber(cells[0]);
    if (own === null || cells[2] !== own)
      throw new DataError(
        label,
        `expected the same 3-digit LA number in "LA num" and "LA number", found "${cells[0]}" and "${cells[2]}"`,
        r,
        'LA num',
      );
    const pairs = Array.from({ length: NEIGHBOURS_PER_LA }, (_, k) => [cells[5 + 2 * k], cells[6 + 2 * k]] as const);
    const neighbours = pairs.every(([n, c]) => n === '-' && c === '-')
      ? []
      : pairs.map(([n, c], k) => {
          const number = laNumber(n);
          if (number === null)
            throw new DataError(label, `expected a 3-digit LA number, found "${n ?? ''}"`, r, `SN${k + 1}`);
          const closeness = CLOSENESS.find(
            (band) =>
              band.toLowerCase() ===
              String(c ?? '')
                .trim()
                .toLowerCase(),
          );
          if (!closeness)
            throw new DataError(
              label,
              `unknown closeness "${c ?? ''}" (expected one of ${CLOSENESS.join(', ')})`,
              r,
              `SNP after SN${k + 1}`,
            );
          return { laNumber: number, closeness };
        });
    groups.push({ laNumber: own, name: String(cells[1]).trim(), region: String(cells[4]).trim(), former, neighbours });
  });
  if (!groups.length) throw new DataError(label, 'no LA rows below the header');
  return groups;
}
