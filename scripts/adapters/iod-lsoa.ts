/** Adapters for the IoD LSOA-level workbooks: IDACI deciles (File 3, 2019 and 2025) and child populations (File 6, 2019). */
import { DataError } from '../lib/errors';
import { parseNumber, parseText } from '../lib/values';
import { readSheet } from './iod-xlsx';

export interface LsoaValue {
  lsoa: string;
  /** Local authority district of the release's geography (2019 or 2024 LADs). */
  lad: string;
  value: number;
}

const DECILE = 'Income Deprivation Affecting Children Index (IDACI) Decile (where 1 is most deprived 10% of LSOAs)';

async function readLsoaValues(
  path: string,
  file: string,
  sheet: string,
  columns: { lsoa: string; lad: string; value: string },
  valid: (v: number) => boolean,
) {
  const table = await readSheet(path, file, sheet, Object.values(columns));
  const seen = new Set<string>();
  return table.rows.map(({ row, cells }): LsoaValue => {
    const at = (column: string) => ({ file: table.label, row, column });
    const lsoa = parseText(cells[columns.lsoa], at(columns.lsoa), /^E01\d{6}$/);
    if (seen.has(lsoa)) throw new DataError(table.label, `duplicate LSOA ${lsoa}`, row, columns.lsoa);
    seen.add(lsoa);
    const value = parseNumber(cells[columns.value], at(columns.value));
    if (value === null || !valid(value))
      throw new DataError(table.label, `unexpected value "${cells[columns.value]}"`, row, columns.value);
    return { lsoa, lad: parseText(cells[columns.lad], at(columns.lad), /^E\d{8}$/), value };
  });
}

const isDecile = (v: number) => Number.isInteger(v) && v >= 1 && v <= 10;

export const readIdaciDeciles2019 = (path: string, file: string) =>
  readLsoaValues(
    path,
    file,
    'IoD2019 IDACI & IDAOPI',
    { lsoa: 'LSOA code (2011)', lad: 'Local Authority District code (2019)', value: DECILE },
    isDecile,
  );

export const readIdaciDeciles2025 = (path: string, file: string) =>
  readLsoaValues(
    path,
    file,
    'IoD2025 IDACI & IDAOPI',
    { lsoa: 'LSOA code (2021)', lad: 'Local Authority District code (2024)', value: DECILE },
    isDecile,
  );

export const readChildren2019 = (path: string, file: string) =>
  readLsoaValues(
    path,
    file,
    'Population Denominators',
    {
      lsoa: 'LSOA code (2011)',
      lad: 'Local Authority District code (2019)',
      value: 'Dependent Children aged 0-15: mid 2015 (excluding prisoners)',
    },
    (v) => Number.isInteger(v) && v >= 0,
  );
