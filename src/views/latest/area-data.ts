/** Build time only: one area's register attendance for the /latest/ page and its figures (see model.ts). */
import { REGISTER_PERIODS, REGISTER_SCHOOL_TYPES, REGISTER_YEARS } from '../../config/attendance';
import {
  attendanceProvenance,
  registerAreaByCode,
  registerAreas,
  registerRecord,
  registerWeeks,
  weeklyProvenance,
  weeklySeries,
} from '../../data/attendance';
import { REGISTER_COUNT_FIELDS, WEEKLY_FIELDS, type RegisterArea } from '../../data/attendance-columns';
import { BOUNDARY_CHANGES } from '../../config/boundaries';
import type { AreaAttendance, LatestMeta } from './model';

const cache = new Map<string, AreaAttendance>();

/** LA names that show a code change within the register years, e.g. "Somerset (former LA, until 1 April 2023)" and "Somerset (from 1 April 2023)". */
function shownName(area: RegisterArea): string {
  const change = BOUNDARY_CHANGES.find(
    (c) =>
      REGISTER_YEARS.includes(c.firstYear as (typeof REGISTER_YEARS)[number]) &&
      [...c.from, ...c.to].some((a) => a.code === area.code),
  );
  if (!change) return area.name;
  const before = change.from.some((a) => a.code === area.code);
  return `${area.name} (${before ? 'former LA, until' : 'from'} ${change.date})`;
}
const shown = (area: RegisterArea): RegisterArea => ({ ...area, name: shownName(area) });

export function areaAttendance(code: string): AreaAttendance | undefined {
  const found = registerAreaByCode.get(code);
  if (!found) return undefined;
  const area = shown(found);
  if (cache.has(code)) return cache.get(code);
  const byType = <T>(make: (type: (typeof REGISTER_SCHOOL_TYPES)[number], year: string) => T | null) =>
    Object.fromEntries(
      REGISTER_SCHOOL_TYPES.map((type) => [
        type,
        Object.fromEntries(
          REGISTER_YEARS.flatMap((year) => {
            const v = make(type, year);
            return v === null ? [] : [[year, v]];
          }),
        ),
      ]),
    );
  const data: AreaAttendance = {
    ...area,
    weeks: registerWeeks,
    weekly: byType((type, year) => {
      const weeks = weeklySeries(code, type, year);
      return weeks.every((w) => w === null) ? null : weeks.map((w) => (w ? WEEKLY_FIELDS.map((f) => w[f]) : null));
    }),
    periods: Object.fromEntries(
      REGISTER_PERIODS.map((period) => [
        period,
        byType((type, year) => {
          const r = registerRecord(code, year, period, type);
          return r ? { counts: REGISTER_COUNT_FIELDS.map((f) => r[f]), paPct: r.paPct } : null;
        }),
      ]),
    ),
  };
  cache.set(code, data);
  return data;
}

/** Every area with register data: England, North/Midlands/South, regions, then LAs by name. */
export const registerAreaList = registerAreas
  .map(shown)
  .sort((a, b) => (a.level === 'Local authority' && b.level === 'Local authority' ? a.name.localeCompare(b.name) : 0));

/** The areas and provenance the browser needs to make the figures (page payload and /latest/areas/index.json). */
export const latestMeta: LatestMeta = {
  areas: registerAreaList.map(({ code, name, level }) => ({ code, name, level })),
  weeklyProvenance,
  provenance: attendanceProvenance,
};
