/**
 * The data behind /context/ as the page embeds it, and pure selectors over it. Built at build time
 * (src/views/context/payload.ts) and read again in the browser, so both draw the same figures.
 */
import { academicYear, startYear } from '../../config/periods';

export const VIEW_INDICATORS = ['gld', 'ehcp', 'senSupport', 'att8'] as const;
export type ViewIndicator = (typeof VIEW_INDICATORS)[number];

export interface ViewArea {
  name: string;
  level: 'National' | 'Regional' | 'Local authority';
  /** Region name of an LA; null for England and regions. */
  region: string | null;
}

export interface ContextViewData {
  /** Every area referred to below, by index. */
  areas: ViewArea[];
  /** Academic years of each indicator with an England value, ascending. */
  years: Record<ViewIndicator, string[]>;
  /** [year, area index, value] for England, regions and LAs. */
  values: Record<ViewIndicator, [string, number, number][]>;
  /** Years with both LA absence and Attainment 8. */
  scatterYears: string[];
  /** [year, area index, overall absence %, Attainment 8] for regions and LAs. */
  absenceAttainment: [string, number, number, number][];
  /** National SEN shares (%), recomputed from counts. */
  senNational: { year: string; senSupportPct: number | null; ehcpPct: number | null; semhPct: number | null }[];
}

export interface AreaValue extends ViewArea {
  year: string;
  value: number;
}

export function valuesOf(
  data: ContextViewData,
  indicator: ViewIndicator,
  filter: { year?: string; level?: ViewArea['level'] } = {},
): AreaValue[] {
  return data.values[indicator].flatMap(([year, i, value]) => {
    const area = data.areas[i];
    if ((filter.year && year !== filter.year) || (filter.level && area.level !== filter.level)) return [];
    return [{ ...area, year, value }];
  });
}

export const englandValue = (data: ContextViewData, indicator: ViewIndicator, year: string): number | null =>
  valuesOf(data, indicator, { year, level: 'National' })[0]?.value ?? null;

export interface AbsenceAttainment extends ViewArea {
  year: string;
  absence: number;
  att8: number;
}

export function absenceAttainmentOf(
  data: ContextViewData,
  filter: { year?: string; level: ViewArea['level'] },
): AbsenceAttainment[] {
  return data.absenceAttainment.flatMap(([year, i, absence, att8]) => {
    const area = data.areas[i];
    return (filter.year && year !== filter.year) || area.level !== filter.level
      ? []
      : [{ ...area, year, absence, att8 }];
  });
}

export const latest = (years: readonly string[]): string => years[years.length - 1];

/** Every academic year from the first to the last of a list, including any missing between. */
export function spanOf(years: readonly string[]): string[] {
  const out: string[] = [];
  for (let y = startYear(years[0]); y <= startYear(latest(years)); y++) out.push(academicYear(y));
  return out;
}
