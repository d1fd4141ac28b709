/** Number and year formatting shared by charts, tables and generated text. */
import { academicYear } from '../config/periods';

/** The one test for "no data": missing, or not a finite number. */
const missing = (v: number | null | undefined): v is null | undefined => v === null || v === undefined || !Number.isFinite(v);

/** A number to fixed decimals, or "no data". */
export const fixed = (v: number | null | undefined, digits = 1): string => (missing(v) ? 'no data' : v.toFixed(digits));

export const pct = (v: number | null | undefined, digits = 1): string => (missing(v) ? 'no data' : `${v.toFixed(digits)}%`);

/** Signed percentage points; the sign follows the rounded value, so a tiny fall never reads "−0.0 pp". */
export const pp = (v: number | null | undefined, digits = 1): string => {
  if (missing(v)) return 'no data';
  const shown = Math.abs(v).toFixed(digits);
  return `${Number(shown) === 0 ? '' : v > 0 ? '+' : '−'}${shown} pp`;
};

/** "+5%", "−3%": a signed percent change (a real minus sign), or "no data". */
export const signedPercent = (v: number | null | undefined, digits = 0): string =>
  missing(v) ? 'no data' : `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v).toFixed(digits)}%`;

/** A number rounded to fixed decimals for a CSV or a payload (still a number), or null. */
export const round = (v: number | null, digits: number): number | null => (v === null ? null : Number(v.toFixed(digits)));

export const int = (v: number | null | undefined): string =>
  v === null || v === undefined ? 'no data' : Math.round(v).toLocaleString('en-GB');

/** Numeric start year -> "2022/23", for axes that use start years. */
export const yearTick = (start: number): string => (Number.isInteger(start) ? academicYear(start) : '');
