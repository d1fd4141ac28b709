/** DfE's statistical neighbours: read from the published workbooks, mapped to GSS codes, loud on bad input. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readNeighbourGroups } from '../../scripts/adapters/statistical-neighbours';
import { readLaLookup } from '../../scripts/adapters/lait-areas';
import loader, { modelGroups } from '../../scripts/loaders/neighbours.json';
import { requireRaw } from '../../scripts/lib/data-dir';
import { SOURCES } from '../../scripts/sources';
import { neighboursFileSchema, neighboursOf } from '../../src/data/neighbours';
import { describeWithRaw } from '../helpers/raw-data';

const HEADER = [
  'LA num',
  'LA Name',
  'LA number',
  'GOInd',
  'GOReg',
  ...Array.from({ length: 10 }, (_, i) => [`SN${i + 1}`, 'SNP']).flat(),
];
const HARTLEPOOL = [
  805,
  'Hartlepool',
  805,
  4,
  'North East',
  ...[807, 394, 393, 890, 806, 390, 840, 876, 372, 340].flatMap((n, i) => [n, i < 4 ? 'Very Close' : 'Close']),
];

async function sheet(rows: unknown[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('LA SN Groups');
  ws.addRow(['A', 'B', 'C']);
  ws.addRow([1, 2, 3]);
  for (const row of rows) ws.addRow(row);
  const path = join(mkdtempSync(join(tmpdir(), 'atlas-sn-')), 'sn.xlsx');
  await book.xlsx.writeFile(path);
  return path;
}

describe('the statistical neighbour adapter', () => {
  it('reads the header on row 3 and normalises closeness spelling', async () => {
    const [group] = await readNeighbourGroups(await sheet([HEADER, HARTLEPOOL]), 'sn.xlsx');
    expect(group.neighbours.slice(3, 5)).toEqual([
      { laNumber: 890, closeness: 'Very close' },
      { laNumber: 806, closeness: 'Close' },
    ]);
  });

  it('names the file, row and column of an unknown closeness band', async () => {
    const bad = HARTLEPOOL.map((v, i) => (i === 8 ? 'Quite close' : v));
    await expect(readNeighbourGroups(await sheet([HEADER, bad]), 'sn.xlsx')).rejects.toThrow(
      'sn.xlsx, sheet "LA SN Groups", row 4, column "SNP after SN2"',
    );
  });

  it('stops when a header moved', async () => {
    await expect(
      readNeighbourGroups(await sheet([HEADER.map((h) => (h === 'SN3' ? 'SN03' : h)), HARTLEPOOL]), 'sn.xlsx'),
    ).rejects.toThrow('row 3, column "SN3"');
  });
});

describeWithRaw(
  ['statisticalNeighbours2025', 'statisticalNeighbours2021', 'las'],
  'DfE statistical neighbours from the raw workbooks',
  (dir) => {
    it("fails loudly on an LA number missing from DfE's LA list", () => {
      const lookup = readLaLookup(requireRaw(SOURCES.las, dir), SOURCES.las.path);
      const group = {
        laNumber: 805,
        name: 'Hartlepool',
        region: 'North East',
        former: false,
        neighbours: [{ laNumber: 999, closeness: 'Close' as const }],
      };
      expect(() => modelGroups([group], lookup, '2024/25', 'sn.xlsx')).toThrow(
        "LA number 999 (neighbour 1 of Hartlepool) is not in DfE's LA list",
      );
    });

    it('rebuilds data/neighbours.json, which the site reads', async () => {
      const built = neighboursFileSchema.parse(JSON.parse(await loader.build(dir)));
      const may2025 = built.models.find((m) => m.id === 'may-2025')!;
      expect(may2025.groups.filter((g) => !g.former)).toHaveLength(153);
      const knowsley = may2025.groups.find((g) => g.code === 'E08000011')!;
      expect(knowsley.neighbours.slice(0, 2).map(([c]) => c)).toEqual(['E08000013', 'E06000006']); // St. Helens, Halton
    });

    it("lists Hartlepool's May 2025 neighbours as in DfE's tool, with closeness", () => {
      expect(neighboursOf('E06000001')).toEqual({
        release: 'May 2025',
        former: false,
        neighbours: [
          ['E06000003', 'Very close'],
          ['E08000024', 'Very close'],
          ['E08000023', 'Very close'],
          ['E06000009', 'Very close'], // Redcar and Cleveland, Sunderland, South Tyneside, Blackpool
          ['E06000002', 'Close'],
          ['E08000037', 'Close'],
          ['E06000047', 'Close'],
          ['E06000006', 'Close'],
          ['E08000018', 'Close'],
          ['E08000011', 'Close'], // Middlesbrough, Gateshead, Durham, Halton, Rotherham, Knowsley
        ].map(([code, closeness]) => ({ code, closeness })),
      });
    });

    it('gives Westminster Camden then Islington, both close', () => {
      expect(neighboursOf('E09000033')?.neighbours.slice(0, 2)).toEqual([
        { code: 'E09000007', closeness: 'Close' },
        { code: 'E09000019', closeness: 'Close' },
      ]);
    });

    it("keeps a former LA's grouping (Northamptonshire, before its 2021 split)", () => {
      expect(neighboursOf('E10000021')?.neighbours).toHaveLength(10);
    });
  },
);
