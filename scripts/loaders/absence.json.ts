/** data/absence.json: counts by year x area x school type, 2015/16 onwards, with derived areas. */
import { existsSync } from 'node:fs';
import { REGIONS } from '../../src/config/geography';
import { ABSENCE_COLUMNS, COUNT_FIELDS, toRow, type AbsenceRecord } from '../../src/data/absence-columns';
import { FIRST_YEAR } from '../../src/config/periods';
import { withDerivedAreas } from '../../src/derive/aggregate-areas';
import { readCuratedAbsence } from '../adapters/absence-annual-curated';
import { readEesAbsence } from '../adapters/absence-annual-ees';
import { readLaPeriods } from '../adapters/boundaries-lookups';
import { sha256File } from '../lib/checksum';
import { officialPath, rawPath, requireRaw } from '../lib/data-dir';
import { DataError } from '../lib/errors';
import { checkAreaCodes, recordCoverage, checkTotals } from '../lib/expect';
import type { Loader } from '../lib/loader';
import { provenanceFor } from '../lib/provenance';
import { stableJson } from '../lib/write';
import { SOURCES } from '../sources';

/** The publisher's file may add years or fix rows, but where the verified copy has a count, it must say the same. */
function agreeWithVerifiedCopy(label: string, records: readonly AbsenceRecord[], verified: readonly AbsenceRecord[]) {
  const key = (r: AbsenceRecord) => `${r.year} ${r.code} ${r.schoolType}`;
  const copy = new Map(verified.map((r) => [key(r), r]));
  for (const r of records) {
    const v = copy.get(key(r));
    const field = v && COUNT_FIELDS.find((f) => v[f] !== null && r[f] !== null && v[f] !== r[f]);
    if (field) {
      throw new DataError(
        label,
        `${field} for ${r.name} (${r.code}), ${r.year}, ${r.schoolType} is ${r[field]}, but the verified ${SOURCES.absenceAnnual.path} has ${v![field]}`,
      );
    }
  }
}

/**
 * Reads the official EES file when a user downloaded it (npm run data:fetch -- --download), else the
 * mirror copy, and checks either the same way: the release's years, areas and school types, LA codes
 * in force that year (DfE's LA list), and regional and national totals equal to the sums of their parts.
 * The publisher's file never silently replaces the verified copy: where both have a count, they must agree.
 */
export function readAbsence(dir: string): AbsenceRecord[] {
  const official = officialPath(SOURCES.absenceAnnual, dir);
  const label = official ? SOURCES.absenceAnnual.official!.path : SOURCES.absenceAnnual.path;
  const records = official
    ? readEesAbsence(official, label)
    : readCuratedAbsence(requireRaw(SOURCES.absenceAnnual, dir), requireRaw(SOURCES.absenceGeography, dir), {
        fact: SOURCES.absenceAnnual.path,
        geo: SOURCES.absenceGeography.path,
      });
  if (
    official &&
    existsSync(rawPath(SOURCES.absenceAnnual, dir)) &&
    sha256File(rawPath(SOURCES.absenceAnnual, dir)) === SOURCES.absenceAnnual.sha256
  ) {
    agreeWithVerifiedCopy(
      label,
      records,
      readCuratedAbsence(rawPath(SOURCES.absenceAnnual, dir), requireRaw(SOURCES.absenceGeography, dir), {
        fact: SOURCES.absenceAnnual.path,
        geo: SOURCES.absenceGeography.path,
      }),
    );
  }
  const regions = new Set(REGIONS.map((r) => r.code));
  checkAreaCodes(
    label,
    records,
    regions,
    readLaPeriods(requireRaw(SOURCES.las, dir), SOURCES.las.path),
    SOURCES.las.path,
  );
  checkTotals(label, records, COUNT_FIELDS, (r) => r.schoolType);
  recordCoverage(label, records);
  return records;
}

const loader: Loader = {
  output: 'absence.json',
  sources: ['absenceAnnual', 'absenceGeography'],
  checks: ['las'],
  build(dir) {
    const records = readAbsence(dir).filter((r) => r.year >= FIRST_YEAR);
    const provenance = provenanceFor('absence.json', loader.sources, [
      `Kept full academic years from ${FIRST_YEAR} (persistent absence at 10% throughout).`,
      'Kept counts only (enrolments, possible/overall/authorised/unauthorised sessions, persistent and severe absentees); rates are recomputed from counts.',
      "Added North, Midlands and South by summing their regions' counts.",
      "Added Inner and Outer London (ONS statistical definition) by summing their LAs' counts.",
    ]);
    return stableJson({ provenance, columns: ABSENCE_COLUMNS, rows: withDerivedAreas(records).map(toRow) });
  },
};
export default loader;
