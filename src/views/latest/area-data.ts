/** Build time only: one area's register attendance for the /latest/ page and its figures (see model.ts). */
import { REGISTER_PERIODS, REGISTER_SCHOOL_TYPES, REGISTER_YEARS } from '../../config/attendance';
import { registerAreaByCode, registerAreas, registerRecord, registerWeeks, weeklySeries } from '../../data/attendance';
import { REGISTER_COUNT_FIELDS, WEEKLY_FIELDS } from '../../lib/attendance';
import type { AreaAttendance } from './model';

const cache = new Map<string, AreaAttendance>();

export function areaAttendance(code: string): AreaAttendance | undefined {
  const area = registerAreaByCode.get(code);
  if (!area) return undefined;
  if (cache.has(code)) return cache.get(code);
  const byType = <T>(make: (type: (typeof REGISTER_SCHOOL_TYPES)[number], year: string) => T | null) =>
    Object.fromEntries(REGISTER_SCHOOL_TYPES.map((type) => [type, Object.fromEntries(REGISTER_YEARS.flatMap((year) => {
      const v = make(type, year);
      return v === null ? [] : [[year, v]];
    }))]));
  const data: AreaAttendance = {
    ...area,
    weeks: registerWeeks,
    weekly: byType((type, year) => {
      const weeks = weeklySeries(code, type, year);
      return weeks.every((w) => w === null) ? null : weeks.map((w) => (w ? WEEKLY_FIELDS.map((f) => w[f]) : null));
    }),
    periods: Object.fromEntries(REGISTER_PERIODS.map((period) => [period, byType((type, year) => {
      const r = registerRecord(code, year, period, type);
      return r ? { counts: REGISTER_COUNT_FIELDS.map((f) => r[f]), paPct: r.paPct } : null;
    })])),
  };
  cache.set(code, data);
  return data;
}

/** Every area with register data: England, North/Midlands/South, regions, then LAs by name. */
export const registerAreaList = [...registerAreas].sort((a, b) =>
  a.level === 'Local authority' && b.level === 'Local authority' ? a.name.localeCompare(b.name) : 0);
