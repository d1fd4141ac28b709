/** data/subgroups.json: absence by pupil characteristic (counts where published, else published rates). */
import { readBands } from '../adapters/absence-bands';
import { readNationalCharacteristics } from '../adapters/absence-characteristics';
import { readEthnicityFsm } from '../adapters/absence-ethnicity-fsm';
import { readSenProvision } from '../adapters/sen-provision';
import { requireRaw } from '../lib/data-dir';
import type { Loader } from '../lib/loader';
import { provenanceFor } from '../lib/provenance';
import { stableJson } from '../lib/write';
import { SOURCES, type SourceId } from '../sources';
import { aggregateBands, bandAreas } from './subgroups-bands';
import { mergeCells, sumGroups } from './subgroups-merge';
import { byLevel, INNER_LONDON, LONDON, OUTER_LONDON } from '../../src/config/geography';
import { DIMENSIONS } from '../../src/config/subgroups';
import {
  areaToRow,
  cellToRow,
  rateToRow,
  type PublishedRate,
  type SubgroupArea,
  type SubgroupCell,
} from '../../src/data/subgroups-columns';

const LONDON_PARTS = new Set<string>([INNER_LONDON.code, OUTER_LONDON.code]);

const raw = (id: SourceId, dir: string) => ({ path: requireRaw(SOURCES[id], dir), label: SOURCES[id].path });

/** Stable order: dimension and group as declared, then year, then area level and code. */
function ordered<T extends { dim: string; group: string; year: string; area: string }>(
  rows: T[],
  areas: Map<string, SubgroupArea>,
): T[] {
  const dimOrder = (d: string) => DIMENSIONS.findIndex((x) => x.id === d); // all pupils (-1) first
  const groupOrder = (d: string, g: string) =>
    (DIMENSIONS.find((x) => x.id === d)?.groups as readonly string[] | undefined)?.indexOf(g) ?? -1;
  const levelOf = (a: string) => areas.get(a)?.level ?? 'Local authority';
  return rows.sort(
    (a, b) =>
      dimOrder(a.dim) - dimOrder(b.dim) ||
      groupOrder(a.dim, a.group) - groupOrder(b.dim, b.group) ||
      a.year.localeCompare(b.year) ||
      byLevel(levelOf(a.area), levelOf(b.area)) ||
      a.area.localeCompare(b.area),
  );
}

const loader: Loader = {
  output: 'subgroups.json',
  sources: [
    'absenceBands',
    'absenceCharacteristics201819',
    'absenceEthnicityFsm',
    'absenceBySenProvisionPA',
    'absenceBySenProvisionSevere',
    'absenceBySenProvisionOverall',
  ],
  build(dir) {
    const bandsFile = raw('absenceBands', dir);
    const bandRows = readBands(bandsFile.path, bandsFile.label);
    const national = readNationalCharacteristics(
      raw('absenceCharacteristics201819', dir).path,
      SOURCES.absenceCharacteristics201819.path,
    );
    const anySen = sumGroups(national, 'sen', ['EHC plan or statement', 'SEN support'], 'Any SEN');
    const ethnicity = readEthnicityFsm(raw('absenceEthnicityFsm', dir).path, SOURCES.absenceEthnicityFsm.path);
    const sen = readSenProvision({
      persistent: raw('absenceBySenProvisionPA', dir),
      severe: raw('absenceBySenProvisionSevere', dir),
      overall: raw('absenceBySenProvisionOverall', dir),
    });
    const { cells, conflicts } = mergeCells([...national, ...anySen, ...ethnicity], aggregateBands(bandRows));

    const areas = new Map(bandAreas(bandRows).map((a) => [a.code, a]));
    for (const a of sen.areas) {
      if (!areas.has(a.code))
        areas.set(a.code, { ...a, regionCode: LONDON_PARTS.has(a.regionCode!) ? LONDON.code : a.regionCode });
    }
    const provenance = provenanceFor('subgroups.json', loader.sources, [
      'Distributions file: summed enrolments, persistent (bands of 10% or more) and severe (50% or more) absentees over every school type, FSM, SEN, gender and year-group cell to each group, for England, regions, Inner/Outer London and LAs; London = Inner + Outer London; North, Midlands and South = sums of their regions.',
      'National characteristics 2012/13 to 2018/19: all-school-types totals; "any SEN" = EHC plan or statement + SEN support (from 2014/15); NC year and "SEN without statement" (before 2014/15) left out.',
      'Where the national characteristics file and the distributions file cover the same group, year and pupils (equal enrolments), sessions come from the first and severe absentees from the second.',
      `Where their enrolments differ, the characteristics file's cell is kept: ${conflicts.join('; ') || 'none'}.`,
      'Ethnicity and FSM 2023/24 onwards: major ethnic groups summed from minor groups, with Chinese kept separate as in the 2018/19 file.',
      'SEN provision by LA: published rates (rounded to 3 decimals), all phases; no counts, so never aggregated.',
    ]);
    return stableJson({
      provenance,
      areas: [...areas.values()]
        .sort((a, b) => byLevel(a.level, b.level) || a.code.localeCompare(b.code))
        .map(areaToRow),
      cells: ordered<SubgroupCell>(cells, areas).map(cellToRow),
      rates: ordered<PublishedRate>(sen.rates, areas).map(rateToRow),
    });
  },
};
export default loader;
