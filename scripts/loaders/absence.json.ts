/** data/absence.json: counts by year x area x school type, 2015/16 onwards, with derived areas. */
import { ABSENCE_COLUMNS, toRow } from '../../src/lib/absence';
import { FIRST_YEAR } from '../../src/config/periods';
import { withDerivedAreas } from '../../src/derive/aggregate-areas';
import { readCuratedAbsence } from '../adapters/absence-annual-curated';
import { readEesAbsence } from '../adapters/absence-annual-ees';
import { officialPath, requireRaw } from '../lib/data-dir';
import type { Loader } from '../lib/loader';
import { provenanceFor } from '../lib/provenance';
import { stableJson } from '../lib/write';
import { SOURCES } from '../sources';

/** Reads the official EES file when a user downloaded it (npm run data:fetch -- --download), else the mirror copy. */
export function readAbsence(dir: string) {
  const official = officialPath(SOURCES.absenceAnnual, dir);
  if (official) return readEesAbsence(official, SOURCES.absenceAnnual.official!.path);
  return readCuratedAbsence(requireRaw(SOURCES.absenceAnnual, dir), requireRaw(SOURCES.absenceGeography, dir), {
    fact: SOURCES.absenceAnnual.path, geo: SOURCES.absenceGeography.path,
  });
}

const loader: Loader = {
  output: 'absence.json',
  sources: ['absenceAnnual', 'absenceGeography'],
  build(dir) {
    const records = readAbsence(dir).filter((r) => r.year >= FIRST_YEAR);
    const provenance = provenanceFor('absence.json', loader.sources, [
      `Kept full academic years from ${FIRST_YEAR} (persistent absence at 10% throughout).`,
      'Kept counts only (enrolments, possible/overall/authorised/unauthorised sessions, persistent and severe absentees); rates are recomputed from counts.',
      'Added North, Midlands and South by summing their regions\' counts.',
      'Added Inner and Outer London (ONS statistical definition) by summing their LAs\' counts.',
    ]);
    return stableJson({ provenance, columns: ABSENCE_COLUMNS, rows: withDerivedAreas(records).map(toRow) });
  },
};
export default loader;
