/**
 * Register attendance: areas and periods DfE does not publish, built from the session counts of those it does
 * (never from rates), and rates from counts. Persistent absence is a published rate of pupils whose counts are
 * not published, so every derived area or period has none (null), never an average of rates.
 */
import { LIKE_FOR_LIKE_LAST_WEEK, type RegisterSchoolType } from '../config/attendance';
import { MACRO_REGIONS, MACRO_REGION_CODES, REGIONS } from '../config/geography';
import {
  REGISTER_COUNT_FIELDS,
  type RegisterArea,
  type RegisterCountField,
  type RegisterCounts,
} from '../data/attendance-columns';

/** What every summable register row carries, whatever its period. */
export interface RegisterPart extends RegisterArea, RegisterCounts {
  schoolType: RegisterSchoolType;
  paPct: number | null;
  schools: number | null;
  pupils: number | null;
}

const sumOrNull = (values: readonly (number | null)[]): number | null =>
  values.some((v) => v === null) ? null : values.reduce<number>((a, b) => a + (b as number), 0);

/** Field-by-field sums; a count missing (suppressed) in any part is missing in the sum, never an undercount. */
export function sumRegisterCounts(parts: readonly RegisterCounts[]): RegisterCounts {
  return Object.fromEntries(
    REGISTER_COUNT_FIELDS.map((f) => [f, parts.length ? sumOrNull(parts.map((p) => p[f])) : null]),
  ) as RegisterCounts;
}

/** A count as a percentage of possible sessions, or null when either is missing. */
export function registerRate(c: RegisterCounts, field: RegisterCountField): number | null {
  const n = c[field];
  return n === null || c.possible === null || c.possible === 0 ? null : (100 * n) / c.possible;
}

/**
 * Sums parts into one row. Average school and pupil numbers over the same days add up across areas and school
 * types (the average of a sum is the sum of the averages); persistent absence does not, so it is null.
 */
function combine<T extends RegisterPart>(parts: readonly T[], overrides: Partial<T>): T {
  return {
    ...parts[0],
    ...sumRegisterCounts(parts),
    paPct: null,
    schools: sumOrNull(parts.map((p) => p.schools)),
    pupils: sumOrNull(parts.map((p) => p.pupils)),
    ...overrides,
  };
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string | null): T[][] {
  const groups = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (k !== null) groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return [...groups.values()];
}

/**
 * "All schools" for LAs where the file has only primary, secondary and special rows (LA totals are published from
 * 2025/26 only): the sum of the types present. A type with no row has no schools; a suppressed one makes the total null.
 * `slot` names the period a row belongs to (e.g. year and term, or year and week).
 */
export function withLaTotals<T extends RegisterPart>(rows: readonly T[], slot: (r: T) => string): T[] {
  const published = new Set(
    rows.filter((r) => r.level === 'Local authority' && r.schoolType === 'Total').map((r) => `${slot(r)}|${r.code}`),
  );
  const parts = groupBy(rows, (r) =>
    r.level === 'Local authority' && r.schoolType !== 'Total' && !published.has(`${slot(r)}|${r.code}`)
      ? `${slot(r)}|${r.code}`
      : null,
  );
  return [...rows, ...parts.map((p) => combine(p, { schoolType: 'Total' } as Partial<T>))];
}

/** North, Midlands and South: the sums of their regions' counts, for each period and school type. */
export function macroRegionRows<T extends RegisterPart>(rows: readonly T[], slot: (r: T) => string): T[] {
  return MACRO_REGIONS.flatMap((macro) => {
    const codes = new Set(REGIONS.filter((r) => r.macro === macro).map((r) => r.code));
    const area = {
      level: 'Macro-region',
      code: MACRO_REGION_CODES[macro],
      name: macro,
      regionCode: null,
    } as Partial<T>;
    return groupBy(rows, (r) =>
      r.level === 'Regional' && codes.has(r.code) ? `${slot(r)}|${r.schoolType}` : null,
    ).map((parts) => combine(parts, area));
  });
}

/**
 * Autumn weeks 37 to 45 summed, per area, school type and year: the span every year's weekly file covers, so the
 * like-for-like comparison of this year's autumn with earlier ones. Average school and pupil numbers do not add
 * up over weeks, so they are null.
 */
export function autumnToWeek45<T extends RegisterPart & { year: string; week: number }>(weeks: readonly T[]): T[] {
  return groupBy(weeks, (w) =>
    w.week >= 30 && w.week <= LIKE_FOR_LIKE_LAST_WEEK ? `${w.year}|${w.code}|${w.schoolType}` : null,
  ).map((parts) => combine(parts, { schools: null, pupils: null } as Partial<T>));
}
