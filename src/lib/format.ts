/**
 * The one number formatter for charts, tables and generated text. Every displayed number is rounded
 * once, here, from its unrounded value: rates to one decimal on pages, two in CSVs.
 */
import { academicYear } from '../config/periods';

type Num = number | null | undefined;

export const NO_DATA = 'no data';

const missing = (v: Num): v is null | undefined => v === null || v === undefined || !Number.isFinite(v);

/**
 * Rounds half away from zero in decimal (19.95 -> 20.0, which `toFixed` gives as 19.9 because the
 * binary value sits just below). Exponent notation keeps the shift exact.
 */
export function round(v: number, digits = 1): number {
  const shifted = Math.round(Number(`${Math.abs(v)}e${digits}`));
  const r = Math.sign(v) * Number(`${shifted}e-${digits}`);
  return Object.is(r, -0) ? 0 : r;
}

/** A number with a fixed number of decimals ("no data" when missing). */
export const fixed = (v: Num, digits = 1): string => (missing(v) ? NO_DATA : round(v, digits).toFixed(digits));

/** A rate in percent, e.g. "7.1%". */
export const pct = (v: Num, digits = 1): string => (missing(v) ? NO_DATA : `${fixed(v, digits)}%`);

/** A signed number with a real minus sign, e.g. "+2.6", "−0.4", "0.0" (a column headed with its unit). */
export const signed = (v: Num, digits = 1): string => {
  if (missing(v)) return NO_DATA;
  const r = round(v, digits);
  return `${r > 0 ? '+' : r < 0 ? '−' : ''}${Math.abs(r).toFixed(digits)}`;
};

/** A signed difference of two rates in percentage points, e.g. "+2.6 pp". */
export const pp = (v: Num, digits = 1): string => (missing(v) ? NO_DATA : `${signed(v, digits)} pp`);

/** "+5%", "−3%": a signed relative change (a real minus sign), or "no data". */
export const signedPercent = (v: Num, digits = 0): string => {
  if (missing(v)) return NO_DATA;
  const r = round(v, digits);
  return `${r > 0 ? '+' : r < 0 ? '−' : ''}${Math.abs(r).toFixed(digits)}%`;
};

/** A count with thousands separators. */
export const int = (v: Num): string => (missing(v) ? NO_DATA : Math.round(v).toLocaleString('en-GB'));

/** A value as written to CSVs and data tables' files: two decimals, unrounded values never shown. */
export const csvValue = (v: Num, digits = 2): number | null => (missing(v) ? null : round(v, digits));

/**
 * A value as shipped in a page's JSON for the browser to round: the shortest decimal (`fewest` places or more)
 * that rounds to one and to two decimals exactly as the unrounded value does, so rounding it again on the
 * page is still rounding once (7.0496 at two places, 7.05, would print 7.1: it ships as 7.0496).
 */
export function shipped(v: number, fewest = 2): number {
  for (let digits = fewest; digits < 8; digits++) {
    const s = round(v, digits);
    if (round(s, 1) === round(v, 1) && round(s, 2) === round(v, 2)) return s;
  }
  return v;
}

/**
 * The fewest decimals (one, else two) at which the difference `to - from`, rounded from the unrounded
 * values, equals the difference of the two rounded values: a quoted change never contradicts the
 * rates printed beside it (2.04% -> 2.76% is "+0.7 pp" at one decimal but 2.0% -> 2.8% reads as 0.8).
 */
export function consistentDigits(from: number, to: number): number {
  for (const digits of [1, 2])
    if (round(to - from, digits) === round(round(to, digits) - round(from, digits), digits)) return digits;
  return 3;
}

/** "from 6.1% to 7.1% (+1.0 pp)", at the decimals where the three numbers agree. */
export function change(from: Num, to: Num): { from: string; to: string; diff: string; digits: number } {
  if (missing(from) || missing(to)) return { from: pct(from), to: pct(to), diff: NO_DATA, digits: 1 };
  const digits = consistentDigits(from, to);
  return { from: pct(from, digits), to: pct(to, digits), diff: pp(to - from, digits), digits };
}

/** Numeric start year -> "2022/23", for axes that use start years. */
export const yearTick = (start: number): string => (Number.isInteger(start) ? academicYear(start) : '');
