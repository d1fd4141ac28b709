/** A benchmarking figure's rows as its page table shows them: whole numbers with separators, rates and gaps to 1 dp. */
import type { FigureColumn, FigureRow } from '../types';
import { fixed, int } from '../../lib/format';

const cell = (v: string | number | null | undefined): string =>
  v === null || v === undefined || v === ''
    ? v === ''
      ? ''
      : 'no data'
    : typeof v === 'number'
      ? Number.isInteger(v)
        ? int(v)
        : fixed(v)
      : v;

export function rowsTable(columns: readonly FigureColumn[], rows: readonly FigureRow[]) {
  // A row header must be a name, so the LA column leads.
  const order = [
    ...columns.filter((c) => c.key === 'area'),
    ...columns.filter((c) => c.key !== 'area' && c.key !== 'area_code'),
  ];
  return {
    columns: order.map((c) => ({ label: c.label, numeric: c.numeric })),
    rows: rows.map((r) => order.map((c) => cell(r[c.key]))),
  };
}
