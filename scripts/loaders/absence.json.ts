/** data/absence.json: counts by year x area x school type, 2015/16 onwards, with derived areas. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ABSENCE_COLUMNS, toRow } from '../../src/lib/absence';
import { FIRST_YEAR } from '../../src/config/periods';
import { withDerivedAreas } from '../../src/derive/aggregate-areas';
import { readCuratedAbsence } from '../adapters/absence-annual-curated';
import { readEesAbsence } from '../adapters/absence-annual-ees';
import { requireRaw } from '../lib/data-dir';
import type { Loader } from '../lib/loader';
import { provenanceFor } from '../lib/provenance';
import { stableJson } from '../lib/write';
import { SOURCES } from '../sources';

/** The official EES file, if a user downloaded it into the data directory (takes precedence). */
export const OFFICIAL_ABSENCE_FILE = 'absence/absence_rates_by_geographic_level.csv';

export function readAbsence(dir: string) {
  const official = resolve(dir, OFFICIAL_ABSENCE_FILE);
  if (existsSync(official)) return readEesAbsence(official, OFFICIAL_ABSENCE_FILE);
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
