import { DataError } from './errors';

/** DfE/EES markers for suppressed, not applicable or unavailable values. They mean "missing", never 0. */
export const MISSING_MARKERS = new Set(['', 'c', 'x', 'z', ':', 'low', '-', 'u', 'NA', 'na', '..']);

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export interface CellContext {
  file: string;
  row: number;
  column: string;
}

/** A number, or null for a suppression marker; anything else is an error naming the cell. */
export function parseNumber(raw: unknown, at: CellContext): number | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  const text = String(raw).trim();
  if (MISSING_MARKERS.has(text)) return null;
  // Plain decimal notation only: Number() would also take hex ("0x1A"), binary and "Infinity", and a
  // thousands separator ("1,234") means the file was re-saved by a spreadsheet.
  if (!DECIMAL.test(text)) {
    const why = text.includes(',')
      ? ' (thousands separators are not allowed)'
      : /^[+-]?0[xob]/i.test(text)
        ? ' (hex, octal or binary)'
        : '';
    throw new DataError(at.file, `expected a number or a missing-value marker, got "${text}"${why}`, at.row, at.column);
  }
  return Number(text);
}

/** A non-negative whole count (enrolments, sessions), or null when suppressed. */
export function parseCount(raw: unknown, at: CellContext): number | null {
  const value = parseNumber(raw, at);
  if (value !== null && (!Number.isInteger(value) || value < 0)) {
    throw new DataError(at.file, `expected a whole count, got "${raw}"`, at.row, at.column);
  }
  return value;
}

/** A required text cell matching a pattern (codes, years). */
export function parseText(raw: unknown, at: CellContext, pattern?: RegExp): string {
  const text = raw === null || raw === undefined ? '' : String(raw).trim();
  if (!text || (pattern && !pattern.test(text))) {
    throw new DataError(
      at.file,
      `unexpected value "${text}"${pattern ? ` (expected ${pattern})` : ''}`,
      at.row,
      at.column,
    );
  }
  return text;
}

/** A rate in percent (0-100), or null when suppressed. */
export function parsePercent(raw: unknown, at: CellContext): number | null {
  const value = parseNumber(raw, at);
  if (value !== null && (value < 0 || value > 100)) {
    throw new DataError(at.file, `expected a percentage from 0 to 100, got "${raw}"`, at.row, at.column);
  }
  return value;
}

/** EES time_period "202223" or "2022/23" -> "2022/23"; the two years must be consecutive. */
export function parseAcademicYear(raw: unknown, at: CellContext): string {
  const text = parseText(raw, at, /^(\d{6}|\d{4}\/\d{2})$/);
  const year = text.includes('/') ? text : `${text.slice(0, 4)}/${text.slice(4)}`;
  const start = Number(year.slice(0, 4));
  if ((start + 1) % 100 !== Number(year.slice(5)) || start < 1990 || start > 2100) {
    throw new DataError(
      at.file,
      `"${text}" is not an academic year (YYYY/YY with consecutive years)`,
      at.row,
      at.column,
    );
  }
  return year;
}
