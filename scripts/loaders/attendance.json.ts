/** data/attendance.json: register attendance by year, period (year to date, terms, autumn weeks 37-45), area and school type. */
import { REGISTER_PERIODS, REGISTER_SCHOOL_TYPES } from '../../src/config/attendance';
import { autumnToWeek45, macroRegionRows, withLaTotals } from '../../src/derive/attendance';
import { ATTENDANCE_COLUMNS, REGISTER_LEVELS, type RegisterArea } from '../../src/data/attendance-columns';
import type { Loader } from '../lib/loader';
import { provenanceFor } from '../lib/provenance';
import { stableJson } from '../lib/write';
import { ATTENDANCE_SOURCES, readPeriodRows, readWeekRows, type PeriodRow } from './attendance-read';

const byPeriod = (r: { year: string; period: string }) => `${r.year}|${r.period}`;
const byWeek = (r: { year: string; week: number }) => `${r.year}|${r.week}`;

/** Every published area plus LA totals and macro-regions, for rows grouped by `slot`. */
export const withDerived = <T extends Parameters<typeof withLaTotals>[0][number]>(
  rows: readonly T[],
  slot: (r: T) => string,
): T[] => {
  const withTotals = withLaTotals(rows, slot);
  return [...withTotals, ...macroRegionRows(withTotals, slot)];
};

const round = (v: number | null) => (v === null ? null : Math.round(v));

const loader: Loader = {
  output: 'attendance.json',
  sources: ATTENDANCE_SOURCES,
  build(dir) {
    const published = withDerived(readPeriodRows(dir), byPeriod);
    const likeForLike = autumnToWeek45(withDerived(readWeekRows(dir), byWeek)).map(({ week: _w, ...r }): PeriodRow => ({
      ...r,
      period: 'autumn-to-45',
    }));
    const rows = [...published, ...likeForLike];
    // One entry per area; names as in the newest file.
    const areas = new Map<string, RegisterArea>();
    for (const r of [...rows].sort((a, b) => a.year.localeCompare(b.year))) {
      areas.set(r.code, { code: r.code, name: r.name, level: r.level, regionCode: r.regionCode });
    }
    const level = (code: string) => REGISTER_LEVELS.indexOf(areas.get(code)!.level);
    rows.sort(
      (a, b) =>
        a.year.localeCompare(b.year) ||
        REGISTER_PERIODS.indexOf(a.period) - REGISTER_PERIODS.indexOf(b.period) ||
        level(a.code) - level(b.code) ||
        a.code.localeCompare(b.code) ||
        REGISTER_SCHOOL_TYPES.indexOf(a.schoolType) - REGISTER_SCHOOL_TYPES.indexOf(b.schoolType),
    );
    const provenance = provenanceFor('attendance.json', loader.sources, [
      'Read the year-to-date and term files (England, regions, LAs; primary, secondary, special and all schools) and the autumn weeks of the weekly files.',
      'Kept session counts: possible, overall, authorised and unauthorised absence, and eight reason groups (illness; medical or dental appointments; authorised holiday; other authorised = authorised less those three; unauthorised holiday; late after registers closed; other unauthorised; no reason yet). Rates are recomputed from counts.',
      'Kept persistent absence as published (unrounded). Pupil counts of persistent absentees are not published, so it is never pooled: derived areas and periods have none.',
      'Added "All schools" for LAs before 2025/26 (not published) as the sum of their primary, secondary and special counts; null when a part is suppressed.',
      "Added North, Midlands and South by summing their regions' counts.",
      'Added autumn weeks 37-45 of every year ("autumn-to-45") by summing the weekly counts: the span every year\'s weekly file covers.',
      "School and pupil numbers are DfE's averages over the period's days (rounded); summed across areas and types of the same period, never across weeks; context only, never weights.",
    ]);
    return stableJson({
      provenance,
      areas: [...areas.values()]
        .sort((a, b) => level(a.code) - level(b.code) || a.code.localeCompare(b.code))
        .map((a) => [a.code, a.name, a.level, a.regionCode]),
      columns: ATTENDANCE_COLUMNS,
      rows: rows.map((r) => ATTENDANCE_COLUMNS.map((c) => (c === 'schools' || c === 'pupils' ? round(r[c]) : r[c]))),
    });
  },
};
export default loader;
