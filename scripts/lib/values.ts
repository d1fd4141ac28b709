import { DataError } from './errors';

/** DfE/EES markers for suppressed, not applicable or unavailable values. They mean "missing", never 0. */
export const MISSING_MARKERS = new Set(['', 'c', 'x', 'z', ':', 'low', '-', 'u', 'NA', 'na', '..']);

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
  const value = Number(text.replace(/,/g, ''));
  if (!Number.isFinite(value)) {
    throw new DataError(at.file, `expected a number or a missing-value marker, got "${text}"`, at.row, at.column);
  }
  return value;
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
    throw new DataError(at.file, `unexpected value "${text}"${pattern ? ` (expected ${pattern})` : ''}`, at.row, at.column);
  }
  return text;
}

/** EES time_period "202223" or "2022/23" -> "2022/23". */
export function parseAcademicYear(raw: unknown, at: CellContext): string {
  const text = parseText(raw, at, /^(\d{6}|\d{4}\/\d{2})$/);
  return text.includes('/') ? text : `${text.slice(0, 4)}/${text.slice(4)}`;
}
