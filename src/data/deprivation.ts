/** data/deprivation.json: IDACI 2019 and 2025 by DfE LA code, validated where it enters. */
import deprivationJson from '../../data/deprivation.json';
import { z } from 'zod';
import type { Provenance } from '../lib/provenance';
import { codeSchema, provenanceSchema } from './schema';

const share = z.number().min(0).max(1).nullable();
const deprivationSchema = z.object({
  code: codeSchema,
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
  codeSchema,
  z.tuple([z.number().nonnegative(), z.number().int().nonnegative(), z.number().int().nonnegative()]),
);
export const deprivationFile = z
  .object({ provenance: provenanceSchema, rows: z.array(deprivationSchema), weights: weightsSchema })
  .parse(deprivationJson);
export const deprivationProvenance = deprivationFile.provenance as Provenance;
export const deprivationRows: readonly Deprivation[] = deprivationFile.rows;
const deprivationIndex = new Map(deprivationRows.map((d) => [d.code, d]));
export const deprivationFor = (areaCode: string): Deprivation | undefined => deprivationIndex.get(areaCode);
