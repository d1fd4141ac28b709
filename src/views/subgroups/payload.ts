/**
 * The subgroups page's data: data/subgroups.json, school type from the
 * absence file, and children in need / looked after from the LAIT context file, as one list of group
 * rates. Rates from counts are computed here (shipped so that the page's one rounding is exact).
 */
import { absenceProvenance, absenceRecords } from '../../data/absence';
import { contextAreas, contextProvenanceOf, contextYears, indicatorFor } from '../../data/context';
import type { Provenance } from '../../lib/provenance';
import { ALL_DIM, ALL_PUPILS } from '../../config/subgroups';
import { subgroupsFile, subgroupsProvenance } from '../../data/subgroups';
import { areaFromRow, cellFromRow, rateFromRow } from '../../data/subgroups-columns';
import { rate } from '../../derive/rates';
import { shipped } from '../../lib/format';
import { MEASURES, type Measure } from '../../config/measures';
import { encodeRates, type GroupRate } from '../../derive/subgroup-rates';
import type { SubgroupsPageData } from './model';
import type { AreaInfo } from '../../derive/subgroup-view';
import type { AbsenceCounts } from '../../data/absence-columns';

/** Everything the page draws on: the subgroup files, the absence file (school type) and LAIT (children in need). */
export const pageProvenance: Provenance = {
  ...subgroupsProvenance,
  sources: [...subgroupsProvenance.sources, ...absenceProvenance.sources, ...contextProvenanceOf(['lait']).sources],
};

// Four places at least: DfE's characteristics files publish three, and the tests check them.
const ship = (v: number | null) => (v === null ? null : shipped(v, 4));
const ratesOf = (c: AbsenceCounts) =>
  Object.fromEntries(MEASURES.map((m) => [m, ship(rate(c, m))])) as Record<Measure, number | null>;
const noRates = () => Object.fromEntries(MEASURES.map((m) => [m, null])) as Record<Measure, number | null>;

const fromCounts: GroupRate[] = subgroupsFile.cells.map(cellFromRow).map((c) => ({
  dim: c.dim,
  group: c.group,
  year: c.year,
  area: c.area,
  n: c.enrolments,
  published: false,
  rates: ratesOf(c),
}));

/** Published-only rates, except where counts give the same group (no SEN by LA, 2018/19 to 2022/23: they agree). */
const counted = new Set(fromCounts.map((c) => `${c.dim}|${c.group}|${c.year}|${c.area}`));
const senPublished: GroupRate[] = subgroupsFile.rates
  .map(rateFromRow)
  .filter((r) => !counted.has(`${r.dim}|${r.group}|${r.year}|${r.area}`))
  .map((r) => ({
    dim: r.dim,
    group: r.group,
    year: r.year,
    area: r.area,
    n: null,
    published: true,
    rates: { ...noRates(), overall: r.overall, persistent: r.persistent, severe: r.severe },
  }));

const schoolTypes: GroupRate[] = absenceRecords.map((r) => ({
  dim: 'school-type',
  group: r.schoolType === 'Total' ? ALL_PUPILS : r.schoolType,
  year: r.year,
  area: r.code,
  n: r.enrolments,
  published: false,
  rates: ratesOf(r),
}));

/** LAIT publishes these as rates for children in need / looked after 12 months or more (no counts). */
const childrenInNeed: GroupRate[] = contextAreas.flatMap((a) =>
  contextYears.flatMap((year) => {
    const cin = indicatorFor(a.code, 'cinPersistent', year);
    const claOverall = indicatorFor(a.code, 'claOverall', year);
    const claPersistent = indicatorFor(a.code, 'claPersistent', year);
    const base = { dim: 'cin', year, area: a.code, n: null, published: true };
    return [
      ...(cin !== null ? [{ ...base, group: 'Children in need', rates: { ...noRates(), persistent: cin } }] : []),
      ...(claOverall !== null || claPersistent !== null
        ? [
            {
              ...base,
              group: 'Children looked after',
              rates: { ...noRates(), overall: claOverall, persistent: claPersistent },
            },
          ]
        : []),
    ];
  }),
);

export const groupRates: readonly GroupRate[] = [...fromCounts, ...senPublished, ...schoolTypes, ...childrenInNeed];

/** Area names: the subgroup file's first, then the absence file's, then LAIT's. */
const areaMap = new Map<string, AreaInfo>();
for (const a of [...subgroupsFile.areas.map(areaFromRow), ...absenceRecords, ...contextAreas]) {
  if (!areaMap.has(a.code)) areaMap.set(a.code, { code: a.code, name: a.name, level: a.level });
}
export const subgroupAreas: ReadonlyMap<string, AreaInfo> = areaMap;

/**
 * The compact JSON the page's script fetches for one characteristic: its group rates, the all-pupils
 * rates it falls back on (same years and places only) and the names of its places.
 */
export function subgroupsPageData(dim: string): SubgroupsPageData {
  const own = groupRates.filter((r) => r.dim === dim);
  const used = new Set(own.map((r) => `${r.year}|${r.area}`));
  // RateIndex.allPupils falls back on these two when the characteristic has no all-pupils row of its own.
  const allPupils = groupRates.filter(
    (r) =>
      (r.dim === ALL_DIM || r.dim === 'school-type') &&
      r.dim !== dim &&
      r.group === ALL_PUPILS &&
      used.has(`${r.year}|${r.area}`),
  );
  const codes = new Set(own.map((r) => r.area));
  return {
    areas: [...subgroupAreas.values()].filter((a) => codes.has(a.code)).map((a) => [a.code, a.name, a.level]),
    rates: encodeRates([...own, ...allPupils]),
    provenance: pageProvenance,
  };
}
