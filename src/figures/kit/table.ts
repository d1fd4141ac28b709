/**
 * A figure's data table: the figure's own rows and columns, each number shown by its column's formatter
 * and a missing value as "no data". The page, the embed and the browser all fill their tables from it;
 * the CSV holds the same rows, unformatted.
 */
import type { FigureSpec } from '../types';
import type { StateOf, StateSpec } from '../../lib/url-state';

export interface TableContent {
  columns: { label: string; numeric?: boolean }[];
  rows: (string | number)[][];
}

export function figureTable<S extends StateSpec>(spec: FigureSpec<S>, state: StateOf<S>): TableContent {
  return {
    columns: spec.columns.map((c) => ({ label: c.label, numeric: c.numeric })),
    rows: spec.rows(state).map((r) =>
      spec.columns.map((c) => {
        const v = r[c.key];
        if (v === null || v === undefined) return 'no data';
        return typeof v === 'number' && c.format ? c.format(v) : v;
      }),
    ),
  };
}
