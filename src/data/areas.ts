/**
 * data/areas.json: every LA with its years and boundary changes, validated where it enters, and the map units
 * drawn for each academic year.
 */
import areasJson from '../../data/areas.json';
import { z } from 'zod';
import { DRAWN_AS, MERGED_UNITS, mergedUnitId, VINTAGE_LABELS, vintageFor } from '../config/boundaries';
import { codeSchema, yearSchema, provenanceSchema } from './schema';

const areaSchema = z.object({
  code: codeSchema,
  name: z.string(),
  level: z.literal('Local authority'),
  regionCode: codeSchema,
  oldLaCode: z.string().nullable(),
  firstYear: yearSchema,
  lastYear: yearSchema,
  predecessors: z.array(codeSchema),
  successors: z.array(codeSchema),
  change: z.string().optional(),
});
export type Area = z.infer<typeof areaSchema>;

const areasFile = z
  .object({ provenance: provenanceSchema, years: z.array(yearSchema), areas: z.array(areaSchema) })
  .parse(areasJson);
export const areas: readonly Area[] = areasFile.areas;
const areaIndex = new Map(areas.map((a) => [a.code, a]));
export const areaFor = (areaCode: string): Area | undefined => areaIndex.get(areaCode);

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
