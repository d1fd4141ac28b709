/** data/areas.json: every LA in data/absence.json, the years it has data, and its boundary changes. */
import { BOUNDARY_CHANGES, predecessorsIn, successorsIn } from '../../src/config/boundaries';
import { FIRST_YEAR } from '../../src/config/periods';
import type { Area } from '../../src/data/areas';
import { readDfeLaCodes } from '../adapters/boundaries-lookups';
import { DataError } from '../lib/errors';
import { requireRaw } from '../lib/data-dir';
import type { Loader } from '../lib/loader';
import { provenanceFor } from '../lib/provenance';
import { stableJson } from '../lib/write';
import { SOURCES } from '../sources';
import { readAbsence } from './absence.json.ts';

function changesOf(code: string): Pick<Area, 'predecessors' | 'successors' | 'change'> {
  const before = BOUNDARY_CHANGES.find((c) => c.to.some((a) => a.code === code));
  const after = BOUNDARY_CHANGES.find((c) => c.from.some((a) => a.code === code));
  const notes = [before?.note, after?.note].filter(Boolean);
  return {
    predecessors: before ? predecessorsIn(before, code) : [],
    successors: after ? successorsIn(after, code) : [],
    ...(notes.length ? { change: notes.join(' ') } : {}),
  };
}

const loader: Loader = {
  output: 'areas.json',
  sources: ['absenceAnnual', 'absenceGeography', 'las'],
  build(dir) {
    const oldCodes = readDfeLaCodes(requireRaw(SOURCES.las, dir), SOURCES.las.path);
    const rows = readAbsence(dir).filter((r) => r.year >= FIRST_YEAR);
    const years = [...new Set(rows.map((r) => r.year))].sort();
    const seen = new Map<string, { name: string; regionCode: string; latest: string; years: Set<string> }>();
    for (const r of rows) {
      if (r.level !== 'Local authority' || !r.regionCode) continue;
      const entry = seen.get(r.code) ?? {
        name: r.name,
        regionCode: r.regionCode,
        latest: r.year,
        years: new Set<string>(),
      };
      entry.years.add(r.year);
      if (r.year >= entry.latest) Object.assign(entry, { name: r.name, regionCode: r.regionCode, latest: r.year });
      seen.set(r.code, entry);
    }
    const areas: Area[] = [...seen]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, e]) => {
        const own = years.filter((y) => e.years.has(y));
        const span = years.slice(years.indexOf(own[0]), years.indexOf(own[own.length - 1]) + 1);
        if (span.length !== own.length)
          throw new DataError(SOURCES.absenceAnnual.path, `LA ${code} has a gap in its years (${own.join(', ')})`);
        return {
          code,
          name: e.name,
          level: 'Local authority',
          regionCode: e.regionCode,
          oldLaCode: oldCodes.get(code) ?? null,
          firstYear: own[0],
          lastYear: own[own.length - 1],
          ...changesOf(code),
        };
      });
    const provenance = provenanceFor('areas.json', loader.sources, [
      `Listed every local authority code in the LA rows of the absence data from ${FIRST_YEAR}, with the first and last year it has data.`,
      "Added the DfE three-digit LA code from DfE's LA list.",
      'Added predecessors, successors and a plain-words note for each boundary change (src/config/boundaries.ts).',
    ]);
    return stableJson({ provenance, years, areas });
  },
};
export default loader;
