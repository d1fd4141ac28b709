/**
 * Reads every registered register attendance file (weekly, term and year to date) into rows tagged with their
 * academic year and period, checking that each file holds the year and period its registry entry says.
 */
import { REGISTER_YEARS, type RegisterPeriod, type RegisterYear } from '../../src/config/attendance';
import { academicYear, startYear } from '../../src/config/periods';
import type { RegisterPart } from '../../src/derive/attendance';
import { readRegisterFile, type RegisterRow } from '../adapters/attendance-ees';
import { requireRaw } from '../lib/data-dir';
import { DataError } from '../lib/errors';
import { SOURCES, type SourceId } from '../sources';

type Published = Exclude<RegisterPeriod, 'autumn-to-45'>;
const ids = (year: RegisterYear) => year.replace('/', '');

/** Each year's files by period; 2025/26 has no term files yet. */
export const ATTENDANCE_FILES: {
  year: RegisterYear;
  weekly: SourceId;
  periods: Partial<Record<Published, SourceId>>;
}[] = REGISTER_YEARS.map((year) => ({
  year,
  weekly: `attendanceWeekly${ids(year)}` as SourceId,
  periods: {
    ytd: `attendanceYtd${ids(year)}` as SourceId,
    ...(year === '2025/26'
      ? {}
      : {
          autumn: `attendanceAutumn${ids(year)}` as SourceId,
          spring: `attendanceSpring${ids(year)}` as SourceId,
          summer: `attendanceSummer${ids(year)}` as SourceId,
        }),
  },
}));

export const ATTENDANCE_SOURCES: SourceId[] = ATTENDANCE_FILES.flatMap((f) => [...Object.values(f.periods), f.weekly]);
export const WEEKLY_SOURCES: SourceId[] = ATTENDANCE_FILES.map((f) => f.weekly);

export type PeriodRow = RegisterPart & { year: string; period: RegisterPeriod };
export type WeekRow = RegisterPart & { year: string; week: number };

const part = ({ time: _t, timePeriod: _p, line: _l, ...rest }: RegisterRow): RegisterPart => rest;

function read(id: SourceId, dir: string): { rows: RegisterRow[]; file: string } {
  return { rows: readRegisterFile(requireRaw(SOURCES[id], dir), SOURCES[id].path), file: SOURCES[id].path };
}

/** The term and year-to-date rows of every year. */
export function readPeriodRows(dir: string): PeriodRow[] {
  return ATTENDANCE_FILES.flatMap(({ year, periods }) =>
    (Object.entries(periods) as [Published, SourceId][]).flatMap(([period, id]) => {
      const { rows, file } = read(id, dir);
      return rows.map((r) => {
        if (r.time.kind !== period)
          throw new DataError(file, `expected ${period} rows, found "${r.time.kind}"`, r.line, 'time_identifier');
        if (r.timePeriod !== year.replace('/', ''))
          throw new DataError(file, `expected ${year}, found "${r.timePeriod}"`, r.line, 'time_period');
        return { ...part(r), year, period };
      });
    }),
  );
}

/** The autumn-term weeks of every year (the January weeks of the 2022/23 file belong to the spring term: left out). */
export function readWeekRows(dir: string): WeekRow[] {
  return ATTENDANCE_FILES.flatMap(({ year, weekly }) => {
    const { rows, file } = read(weekly, dir);
    return rows.flatMap((r) => {
      if (r.time.kind !== 'week')
        throw new DataError(file, `expected weekly rows, found "${r.time.kind}"`, r.line, 'time_identifier');
      const calendar = Number(r.timePeriod);
      const start = calendar - (r.time.week < 30 ? 1 : 0);
      if (academicYear(start) !== year)
        throw new DataError(file, `week ${r.time.week} of ${calendar} is not in ${year}`, r.line, 'time_period');
      return calendar === startYear(year) ? [{ ...part(r), year, week: r.time.week }] : [];
    });
  });
}
