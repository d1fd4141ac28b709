/**
 * Geography and deprivation for the site: LA areas with their boundary changes, the map units drawn
 * for each academic year, the boundary topologies and IDACI figures. Each data file is validated with
 * zod where it enters. Topologies are imported for build-time use; browsers fetch /geo/<vintage>.topo.json.
 */
import type { Objects, Topology } from 'topojson-specification';
import { z } from 'zod';
import areasJson from '../../data/areas.json';
import deprivationJson from '../../data/deprivation.json';
import topo2019 from '../../data/geo/ctyua-2019.topo.json';
import topo2022 from '../../data/geo/ctyua-2022.topo.json';
import topo2023 from '../../data/geo/ctyua-2023.topo.json';
import { DRAWN_AS, MERGED_UNITS, mergedUnitId, VINTAGE_LABELS, vintageFor, type Vintage } from '../config/boundaries';
import { combineIdaci, type IdaciPart } from '../derive/combine-deprivation';
import type { Provenance } from './provenance';

export { VINTAGE_LABELS, VINTAGES, vintageFor, type Vintage } from '../config/boundaries';

const code = z.string().regex(/^E\d{8}$/);
const year = z.string().regex(/^\d{4}\/\d{2}$/);
const provenance = z.object({
  dataset: z.string(),
  sources: z.array(z.any()),
  steps: z.array(z.string()),
  generatedBy: z.string(),
});

const areaSchema = z.object({
  code,
  name: z.string(),
  level: z.literal('Local authority'),
  regionCode: code,
  oldLaCode: z.string().nullable(),
  firstYear: year,
  lastYear: year,
  predecessors: z.array(code),
  successors: z.array(code),
  change: z.string().optional(),
});
export type Area = z.infer<typeof areaSchema>;

const areasFile = z.object({ provenance, years: z.array(year), areas: z.array(areaSchema) }).parse(areasJson);
export const areas: readonly Area[] = areasFile.areas;
const areaIndex = new Map(areas.map((a) => [a.code, a]));
export const areaFor = (areaCode: string): Area | undefined => areaIndex.get(areaCode);

const share = z.number().min(0).max(1).nullable();
const deprivationSchema = z.object({
  code,
  name: z.string(),
  idaci2019Score: z.number().nullable(),
  idaci2019ScoreRank: z.number().int().positive().nullable(),
  idaci2019AverageRank: z.number().nullable(),
  idaci2019Top10Share: share,
  idaci2025Top10Share: share,
  method2019: z.enum(['published', 'same area, new code', 'rebuilt from 2019 districts', 'unavailable']),
  method2025: z.enum(['computed from LSOAs', 'unavailable']),
  note: z.string(),
});
export type Deprivation = z.infer<typeof deprivationSchema>;

/** Per-area weights for combining areas: [children aged 0-15 mid-2015, LSOAs 2019, LSOAs 2025]. */
const weightsSchema = z.record(
  code,
  z.tuple([z.number().nonnegative(), z.number().int().nonnegative(), z.number().int().nonnegative()]),
);
const deprivationFile = z
  .object({ provenance, rows: z.array(deprivationSchema), weights: weightsSchema })
  .parse(deprivationJson);
export const deprivationProvenance = deprivationFile.provenance as Provenance;
export const deprivationRows: readonly Deprivation[] = deprivationFile.rows;
const deprivationIndex = new Map(deprivationRows.map((d) => [d.code, d]));
export const deprivationFor = (areaCode: string): Deprivation | undefined => deprivationIndex.get(areaCode);

export interface MapUnit {
  /** The data code, or the data codes joined with "+" for a merged unit. */
  id: string;
  name: string;
  /** Features of the year's topology (object `las`) drawn for this unit. */
  featureIds: string[];
  /** LA codes in data/absence.json whose figures this unit shows (sum their counts). */
  dataCodes: string[];
  note?: string;
}

/** One unit per area drawn on the map of an academic year that has LA data. */
export function mapUnitsFor(academicYear: string): MapUnit[] {
  if (!areasFile.years.includes(academicYear))
    throw new RangeError(`no LA data for ${academicYear}; years with data: ${areasFile.years.join(', ')}`);
  const vintage = vintageFor(academicYear);
  const merged = MERGED_UNITS.filter((m) => m.vintage === vintage);
  const present = areas.filter((a) => a.firstYear <= academicYear && academicYear <= a.lastYear);
  const units: MapUnit[] = [];
  for (const area of present) {
    const group = merged.find((m) => m.dataCodes.includes(area.code));
    if (group) {
      if (group.dataCodes[0] === area.code) {
        units.push({
          id: mergedUnitId(group.dataCodes),
          name: group.name,
          featureIds: [...group.featureIds],
          dataCodes: [...group.dataCodes],
          note: group.note,
        });
      }
      continue;
    }
    const drawnAs = DRAWN_AS[vintage][area.code];
    units.push({
      id: area.code,
      name: area.name,
      featureIds: [drawnAs ?? area.code],
      dataCodes: [area.code],
      ...(drawnAs
        ? {
            note: `Drawn on the boundary of ${area.name} under its old code ${drawnAs} (${VINTAGE_LABELS[vintage]}): same area, new code.`,
          }
        : {}),
    });
  }
  return units;
}

function partOf(areaCode: string): IdaciPart | undefined {
  const d = deprivationFor(areaCode);
  const w = deprivationFile.weights[areaCode];
  if (!d || !w) return undefined;
  return {
    score: d.idaci2019Score,
    averageRank: d.idaci2019AverageRank,
    top10Share2019: d.idaci2019Top10Share,
    top10Share2025: d.idaci2025Top10Share,
    children: w[0],
    lsoas2019: w[1],
    lsoas2025: w[2],
  };
}

/** IDACI for a map unit: the area's own figures, or for a merged unit the combination of its features' areas. */
export function deprivationForUnit(unit: MapUnit): Deprivation | undefined {
  if (unit.dataCodes.length === 1) return deprivationFor(unit.dataCodes[0]);
  const parts = unit.featureIds.map(partOf);
  if (parts.some((p) => !p)) return undefined;
  const c = combineIdaci(parts as IdaciPart[]);
  return {
    code: unit.id,
    name: unit.name,
    idaci2019Score: c.score,
    idaci2019ScoreRank: null,
    idaci2019AverageRank: c.averageRank,
    idaci2019Top10Share: c.top10Share2019,
    idaci2025Top10Share: c.top10Share2025,
    method2019: c.score === null ? 'unavailable' : 'rebuilt from 2019 districts',
    method2025: c.top10Share2025 === null ? 'unavailable' : 'computed from LSOAs',
    note: `Combined from ${unit.featureIds.map((id) => deprivationFor(id)?.name ?? id).join(' and ')} (IoD2019 areas), weighting scores and average ranks by children aged 0-15 and shares by LSOAs; no rank is given for a combined area.`,
  };
}

const topologies: Record<Vintage, unknown> = { 'ctyua-2019': topo2019, 'ctyua-2022': topo2022, 'ctyua-2023': topo2023 };
const named = z.object({ type: z.string(), id: code, properties: z.object({ name: z.string() }) }).passthrough();
const topologySchema = z
  .object({
    type: z.literal('Topology'),
    objects: z.object({
      las: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(named) }),
      regions: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(named).length(9) }),
    }),
    arcs: z.array(z.any()),
  })
  .passthrough();

/** Features carry only a name; typed so the topology works with topojson-client and topojson-simplify alike. */
export type AreaTopology = Topology<Objects<{ name: string }>>;
const checked = new Map<Vintage, AreaTopology>();

/** The boundary topology of a vintage (objects `las` and `regions`; feature id = GSS code, properties { name }). */
export function topologyFor(vintage: Vintage): AreaTopology {
  if (!checked.has(vintage)) checked.set(vintage, topologySchema.parse(topologies[vintage]) as unknown as AreaTopology);
  return checked.get(vintage)!;
}
