/**
 * data/reports/child-of-the-north.json: what the Child of the North reconciliation needs that no other data/
 * file holds: from DfE's absence-band counts, a floor of the overall absence rate of persistent absentees by
 * region (an indicative bound used only to rank areas, never shown as a published value). Everything else the
 * page compares comes from absence.json, subgroups.json, context.json and attendance.json.
 */
import { BAND_COLUMNS, readBands } from '../../adapters/absence-bands';
import { requireRaw } from '../../lib/data-dir';
import type { Loader } from '../../lib/loader';
import { provenanceFor } from '../../lib/provenance';
import { stableJson } from '../../lib/write';
import { SOURCES } from '../../sources';

/** The year of the report's Figure 1. */
const BAND_YEAR = '2022/23';
/** Lower edge of each band in BAND_COLUMNS order (% of sessions missed). */
const BAND_FLOORS = BAND_COLUMNS.map((_, i) => 5 * i);

const loader: Loader = {
  output: 'reports/child-of-the-north.json',
  sources: ['absenceBands'],
  build(dir) {
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
    const persistentAbsenteesFloor = [...sums]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, s]) => [BAND_YEAR, code, Number((s.floor / s.pupils).toFixed(3))]);
    const provenance = provenanceFor(loader.output, loader.sources, [
      `Absence bands ${BAND_YEAR}: each persistent absentee (10% or more of sessions missed) counted at the lower edge of their 5-point band gives a floor of the overall absence rate of persistent absentees, for England, regions and Inner/Outer London. Pupil-weighted and a bound, not a published figure: used only to rank areas.`,
    ]);
    return stableJson({ provenance, persistentAbsenteesFloor });
  },
};
export default loader;
