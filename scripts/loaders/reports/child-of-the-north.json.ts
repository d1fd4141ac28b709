/**
 * data/reports/child-of-the-north.json: the published values the Child of the North reconciliation
 * needs that no other data/ file holds: DfE's register-based attendance statistics (England and regions,
 * by school type, for whole academic years) and, from DfE's absence-band counts, a floor of the absence
 * rate of persistent absentees by region (an indicative bound used only to rank areas, never shown as a
 * published value). Everything else the page compares comes from absence.json, subgroups.json and context.json.
 */
import { BAND_COLUMNS, readBands } from '../../adapters/absence-bands';
import { readAttendanceYtd, REGISTER_TYPES } from '../../adapters/attendance-ytd';
import { requireRaw } from '../../lib/data-dir';
import type { Loader } from '../../lib/loader';
import { provenanceFor } from '../../lib/provenance';
import { stableJson } from '../../lib/write';
import { SOURCES, type SourceId } from '../../sources';

const REGISTER: SourceId[] = ['attendanceYtd202223', 'attendanceYtd202324', 'attendanceYtd202425'];
/** The year of the report's Figure 1. */
const BAND_YEAR = '2022/23';
/** Lower edge of each band in BAND_COLUMNS order (% of sessions missed). */
const BAND_FLOORS = BAND_COLUMNS.map((_, i) => 5 * i);

const round = (v: number | null, digits: number) => (v === null ? null : Number(v.toFixed(digits)));

const loader: Loader = {
  output: 'reports/child-of-the-north.json',
  sources: [...REGISTER, 'absenceBands'],
  build(dir) {
    const register = REGISTER.flatMap((id) => readAttendanceYtd(requireRaw(SOURCES[id], dir), SOURCES[id].path))
      .sort((a, b) => a.year.localeCompare(b.year) || a.code.localeCompare(b.code) || REGISTER_TYPES.indexOf(a.schoolType) - REGISTER_TYPES.indexOf(b.schoolType))
      .map((r) => [r.year, r.code, r.schoolType, r.overall, r.unauthorised, r.persistent]);

    // Persistent absentees are the bands from 10%; each pupil counted at the band's lower edge gives a floor.
    const sums = new Map<string, { pupils: number; floor: number }>();
    for (const cell of readBands(requireRaw(SOURCES.absenceBands, dir), SOURCES.absenceBands.path)) {
      if (cell.year !== BAND_YEAR || cell.level === 'Local authority') continue;
      const sum = sums.get(cell.code) ?? { pupils: 0, floor: 0 };
      cell.bands.forEach((n, b) => {
        if (BAND_FLOORS[b] < 10) return;
        sum.pupils += n;
        sum.floor += n * BAND_FLOORS[b];
      });
      sums.set(cell.code, sum);
    }
    const persistentAbsenteesFloor = [...sums].sort(([a], [b]) => a.localeCompare(b))
      .map(([code, s]) => [BAND_YEAR, code, round(s.floor / s.pupils, 3)]);

    const provenance = provenanceFor(loader.output, loader.sources, [
      'Register data (Pupil attendance in schools), academic year to date at the end of each year: England and regions by school type; overall and unauthorised absence (% of sessions) and persistent absence (% of pupils) as published.',
      `Absence bands ${BAND_YEAR}: each persistent absentee (10% or more of sessions missed) counted at the lower edge of their 5-point band gives a floor of the overall absence rate of persistent absentees, for England, regions and Inner/Outer London. Pupil-weighted and a bound, not a published figure: used only to rank areas.`,
    ]);
    return stableJson({
      provenance,
      registerColumns: ['year', 'code', 'schoolType', 'overall', 'unauthorised', 'persistent'],
      register,
      persistentAbsenteesFloor,
    });
  },
};
export default loader;
