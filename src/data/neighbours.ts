/**
 * data/neighbours.json: DfE's children's services statistical neighbours (10 per LA, nearest first, with a
 * closeness band), validated where it enters the site.
 */
import { z } from 'zod';
import neighboursJson from '../../data/neighbours.json';
import type { Provenance } from '../lib/provenance';
import { codeSchema, provenanceSchema } from './schema';

const code = codeSchema;
const groupSchema = z.object({
  code,
  name: z.string(),
  laNumber: z.number().int(),
  former: z.boolean(),
  /** [neighbour code, index into `closeness`], nearest first. */
  neighbours: z.array(z.tuple([code, z.number().int().nonnegative()])),
});

export const neighboursFileSchema = z.object({
  provenance: provenanceSchema,
  closeness: z.array(z.string()),
  models: z.array(z.object({ id: z.string(), release: z.string(), groups: z.array(groupSchema) })),
});
export type NeighboursFile = z.infer<typeof neighboursFileSchema>;

const file = neighboursFileSchema.parse(neighboursJson);
export const neighboursProvenance = file.provenance as Provenance;

export interface Neighbour {
  code: string;
  /** DfE's band: "Extremely close" ... "Not close". */
  closeness: string;
}

export interface NeighbourGroup {
  /** The model's publication, e.g. "May 2025". */
  release: string;
  /** DfE's grouping for a former LA (listed under "Old SNs:"), kept from an earlier model. */
  former: boolean;
  neighbours: Neighbour[];
}

/**
 * The LA's statistical neighbours: from the newest model listing it with neighbours (the May 2025
 * model; former LAs keep their last grouping).
 */
export function neighboursOf(laCode: string): NeighbourGroup | undefined {
  for (const model of file.models) {
    const group = model.groups.find((g) => g.code === laCode && g.neighbours.length);
    if (group)
      return {
        release: model.release,
        former: group.former,
        neighbours: group.neighbours.map(([c, k]) => ({ code: c, closeness: file.closeness[k] })),
      };
  }
  return undefined;
}
