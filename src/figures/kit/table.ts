/**
 * A figure's data table: the figure's own rows and columns, each number rounded once from its unrounded
 * value to its column's decimals (counts with thousands separators) and a missing value as "no data".
 * The page, the embed and the browser all fill their tables from it (or from the figure's own `table`); the CSV holds the same rows at one
 * decimal more (figureCsv).
 */
import type { FigureColumn, FigureSpec } from '../types';
import type { StateOf, StateSpec } from '../../lib/url-state';
import { fixed, int, NO_DATA } from '../../lib/format';

export interface TableContent {
  columns: { label: string; numeric?: boolean }[];
  rows: (string | number)[][];
}

/** Decimals of a numeric column on pages: one unless the column says otherwise. */
export const pageDigits = (c: FigureColumn): number => c.digits ?? 1;

export function figureTable<S extends StateSpec>(spec: FigureSpec<S>, state: StateOf<S>): TableContent {
  if (spec.table) return spec.table(state);
  return {
    columns: spec.columns.map((c) => ({ label: c.label, numeric: c.numeric })),
    rows: spec.rows(state).map((r) =>
      spec.columns.map((c) => {
        const v = r[c.key];
        if (v === null || v === undefined) return NO_DATA;
        if (typeof v !== 'number') return v;
        return Number.isInteger(v) && c.digits === undefined ? int(v) : fixed(v, pageDigits(c));
      }),
    ),
  };
}
