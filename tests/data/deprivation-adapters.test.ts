/** The IoD workbook adapters stop on a changed format with the file, sheet, row and column. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readIdaciSummaries } from '../../scripts/adapters/idaci-2019-summaries';
import { readIdaciDeciles2019 } from '../../scripts/adapters/iod-lsoa';
import { combineIdaci } from '../../src/derive/combine-deprivation';

/** The File 11 IDACI header exactly as published, trailing and doubled spaces included. */
const FILE_11_HEADER = [
  'Upper Tier Local Authority District code (2019)',
  'Upper Tier Local Authority District name (2019)',
  'IDACI - Average rank ',
  'IDACI - Rank of average rank ',
  'IDACI - Average score ',
  'IDACI - Rank of average score ',
  'IDACI - Proportion  of LSOAs in most deprived 10% nationally ',
  'IDACI - Rank of proportion of LSOAs in most deprived 10% nationally ',
];
const MIDDLESBROUGH = ['E06000002', 'Middlesbrough', 25026, 1, 0.327, 1, 0.4767, 1];

async function workbook(name: string, sheet: string, rows: unknown[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Notes').addRow(['Notes']);
  const ws = book.addWorksheet(sheet);
  for (const row of rows) ws.addRow(row);
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-iod-')), name);
  await book.xlsx.writeFile(path);
  return path;
}

describe('the IoD2019 upper-tier summary adapter', () => {
  it('reads the IDACI sheet with its published headers', async () => {
    const path = await workbook('file11.xlsx', 'IDACI', [FILE_11_HEADER, MIDDLESBROUGH]);
    expect(await readIdaciSummaries(path, 'file11.xlsx', 'upper')).toEqual([
      { code: 'E06000002', name: 'Middlesbrough', averageRank: 25026, score: 0.327, scoreRank: 1, top10Share: 0.4767 },
    ]);
  });

  it('names the file, sheet, row and column when a header is renamed', async () => {
    const header = FILE_11_HEADER.map((h) => h.replace('Average score', 'Mean score'));
    const path = await workbook('renamed.xlsx', 'IDACI', [header, MIDDLESBROUGH]);
    await expect(readIdaciSummaries(path, 'renamed.xlsx', 'upper')).rejects.toThrow(
      'renamed.xlsx, sheet "IDACI", row 1, column "IDACI - Average score"',
    );
  });

  it('names the row and column of a value that is not a number', async () => {
    const path = await workbook('text.xlsx', 'IDACI', [
      FILE_11_HEADER,
      MIDDLESBROUGH,
      ['E06000009', 'Blackpool', 25209, 2, 'high', 2, 0.34, 2],
    ]);
    await expect(readIdaciSummaries(path, 'text.xlsx', 'upper')).rejects.toThrow(
      'text.xlsx, sheet "IDACI", row 3, column "IDACI - Average score"',
    );
  });

  it('names the file when the sheet is missing', async () => {
    const path = await workbook('nosheet.xlsx', 'IMD', [FILE_11_HEADER]);
    await expect(readIdaciSummaries(path, 'nosheet.xlsx', 'upper')).rejects.toThrow(
      'nosheet.xlsx: no sheet named "IDACI"',
    );
  });
});

describe('the IoD LSOA adapter', () => {
  it('rejects a decile outside 1-10, naming the row', async () => {
    const header = [
      'LSOA code (2011)',
      'Local Authority District code (2019)',
      'Income Deprivation Affecting Children Index (IDACI) Decile (where 1 is most deprived 10% of LSOAs)',
    ];
    const path = await workbook('file3.xlsx', 'IoD2019 IDACI & IDAOPI', [
      header,
      ['E01000001', 'E09000001', 10],
      ['E01000002', 'E09000001', 11],
    ]);
    await expect(readIdaciDeciles2019(path, 'file3.xlsx')).rejects.toThrow(
      /file3\.xlsx, sheet "IoD2019 IDACI & IDAOPI", row 3, column "Income Deprivation/,
    );
  });
});

describe('combining IDACI summaries of whole areas', () => {
  it('weights scores and average ranks by children and shares by LSOAs (checked by hand)', () => {
    const a = {
      score: 0.3,
      averageRank: 20000,
      top10Share2019: 0.5,
      top10Share2025: 0.25,
      children: 1000,
      lsoas2019: 10,
      lsoas2025: 12,
    };
    const b = {
      score: 0.1,
      averageRank: 10000,
      top10Share2019: 0,
      top10Share2025: 0.5,
      children: 3000,
      lsoas2019: 30,
      lsoas2025: 4,
    };
    const c = combineIdaci([a, b]);
    expect(c.score).toBeCloseTo((0.3 * 1000 + 0.1 * 3000) / 4000, 12); // 0.15
    expect(c.averageRank).toBeCloseTo(12500, 9);
    expect(c.top10Share2019).toBeCloseTo(5 / 40, 12);
    expect(c.top10Share2025).toBeCloseTo(5 / 16, 12);
  });

  it('gives no figure when one part has none, rather than a partial one', () => {
    const part = {
      score: 0.2,
      averageRank: 1,
      top10Share2019: 0.1,
      top10Share2025: null,
      children: 1,
      lsoas2019: 1,
      lsoas2025: 1,
    };
    expect(combineIdaci([part, { ...part, score: null }])).toMatchObject({
      score: null,
      top10Share2025: null,
      top10Share2019: 0.1,
    });
  });
});
