/** Number and year formatting shared by charts, tables and generated text. */
import { academicYear } from '../config/periods';

export const pct = (v: number | null | undefined, digits = 1): string =>
  v === null || v === undefined || !Number.isFinite(v) ? 'no data' : `${v.toFixed(digits)}%`;

/** Signed percentage points; the sign follows the rounded value, so a tiny fall never reads "−0.0 pp". */
export const pp = (v: number | null | undefined, digits = 1): string => {
  if (v === null || v === undefined || !Number.isFinite(v)) return 'no data';
  const shown = Math.abs(v).toFixed(digits);
  return `${Number(shown) === 0 ? '' : v > 0 ? '+' : '−'}${shown} pp`;
};

export const int = (v: number | null | undefined): string =>
  v === null || v === undefined ? 'no data' : Math.round(v).toLocaleString('en-GB');

/** Numeric start year -> "2022/23", for axes that use start years. */
export const yearTick = (start: number): string => (Number.isInteger(start) ? academicYear(start) : '');
