/**
 * The /latest/ page's table of every area for one comparison measure and school type: each year's figure (register
 * data), with the span it covers in its header, and the change on last year. Built at build time for each state.
 */
import {
  CURRENT_REGISTER_YEAR,
  REGISTER_YEARS,
  REGISTER_TYPE_LABELS,
  type RegisterPeriod,
  type RegisterSchoolType,
} from '../../config/attendance';
import { NO_DATA, consistentDigits, fixed, signed } from '../../lib/format';
import type { RegisterLevel } from '../../data/attendance-columns';
import { COMPARE_LABELS, measureOf, type CompareMeasure, type GetArea } from './model';

export const COMPARISONS = [
  'overall-ytd',
  'unauthorised-ytd',
  'persistent-ytd',
  'overall-autumn',
  'unauthorised-autumn',
] as const;
export type Comparison = (typeof COMPARISONS)[number];
export const COMPARISON_LABELS: Record<Comparison, string> = {
  'overall-ytd': 'Overall absence, year to date',
  'unauthorised-ytd': 'Unauthorised absence, year to date',
  'persistent-ytd': 'Persistent absence, year to date',
  'overall-autumn': 'Overall absence, autumn weeks 37-45 (same weeks every year)',
  'unauthorised-autumn': 'Unauthorised absence, autumn weeks 37-45 (same weeks every year)',
};

export function splitComparison(c: Comparison): [CompareMeasure, RegisterPeriod] {
  const [measure, period] = c.split('-') as [CompareMeasure, string];
  return [measure, period === 'ytd' ? 'ytd' : 'autumn-to-45'];
}

const previousYear = REGISTER_YEARS[REGISTER_YEARS.length - 2];

export interface TableContent {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  rows: string[][];
}

export function everyAreaTable(
  areas: readonly { code: string; name: string; level: RegisterLevel }[],
  getArea: GetArea,
  comparison: Comparison,
  type: RegisterSchoolType,
): TableContent {
  const [measure, period] = splitComparison(comparison);
  const span = (year: string) =>
    period === 'autumn-to-45' ? 'weeks 37-45' : year === CURRENT_REGISTER_YEAR ? 'to week 26' : 'whole year';
  return {
    caption: `${COMPARISON_LABELS[comparison]}, ${REGISTER_TYPE_LABELS[type].toLowerCase()}, every area (daily registers)`,
    columns: [
      { label: 'Area' },
      ...REGISTER_YEARS.map((y) => ({ label: `${y} (${span(y)}) %`, numeric: true })),
      { label: `Change on ${previousYear} (pp)`, numeric: true },
    ],
    rows: areas.map((a) => {
      const values = REGISTER_YEARS.map((y) => measureOf(getArea(a.code), period, type, y, measure));
      const [before, now] = [values.at(-2)!, values.at(-1)!];
      return [
        a.level === 'Local authority'
          ? a.name
          : `${a.name} (${a.level === 'National' ? 'country' : a.level.toLowerCase()})`,
        ...values.map((v) => fixed(v)),
        // At the decimals where it agrees with the two rates beside it.
        before === null || now === null ? NO_DATA : signed(now - before, consistentDigits(before, now)),
      ];
    }),
  };
}

/** Why a column of the table is empty, when it is. */
export function tableNote(comparison: Comparison, type: RegisterSchoolType): string {
  const [measure] = splitComparison(comparison);
  if (measure !== 'persistent') return `${COMPARE_LABELS[measure]} is recomputed from session counts for every area.`;
  return (
    "Persistent absence is DfE's published rate: there is none for North, Midlands and South (pupil counts are not published, so regions cannot be combined)" +
    (type === 'Total'
      ? ", nor for LAs' all schools before 2025/26 (DfE published LA figures by school type only: choose a school type)."
      : '.')
  );
}
