import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { toCsv } from '../../../src/lib/csv';

const cells = (csv: string) =>
  Papa.parse<string[]>(
    csv
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .join('\n'),
    { skipEmptyLines: true },
  ).data;

describe('CSV downloads and the data API', () => {
  it('never start a text cell with a formula character: =, +, -, @, tab or CR get a leading apostrophe', () => {
    const rows = ['=HYPERLINK("http://evil","x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx', 'Barnet'].map((name) => ({
      name,
    }));
    expect(
      cells(toCsv(rows, ['name']))
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['\'=HYPERLINK("http://evil","x")', "'+1", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", 'Barnet']);
  });

  it('writes numbers the code computed as numbers, negative ones included', () => {
    expect(cells(toCsv([{ gap: -1.5, rate: 4.25, none: null }], ['gap', 'rate', 'none']))).toEqual([
      ['gap', 'rate', 'none'],
      ['-1.5', '4.25', ''],
    ]);
  });

  it('keeps comment lines from starting a cell with a formula after a comma', () => {
    const csv = toCsv(
      [{ a: 1 }],
      ['a'],
      'Source: x,=cmd|calc\nView: https://example.org/atlas/trends/?measure=persistent',
    );
    expect(csv.split('\n').slice(0, 2)).toEqual([
      '# Source: x, =cmd|calc',
      '# View: https://example.org/atlas/trends/?measure=persistent',
    ]);
  });
});
