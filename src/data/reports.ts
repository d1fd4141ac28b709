/**
 * The door to data/reports/child-of-the-north.json: a floor of the overall absence rate of persistent absentees
 * by region, from DfE's absence bands, used only to rank areas in the report's Figure 1.
 */
import { z } from 'zod';
import reportJson from '../../data/reports/child-of-the-north.json';
import type { Provenance } from '../lib/provenance';
import { codeSchema, provenanceSchema, yearSchema } from './schema';

const schema = z.object({
  provenance: provenanceSchema,
  /** [year, code, floor of the overall absence rate of persistent absentees (%)] */
  persistentAbsenteesFloor: z.array(z.tuple([yearSchema, codeSchema, z.number()])),
});

const file = schema.parse(reportJson);
export const reportDataProvenance = file.provenance as Provenance;

export const persistentAbsenteesFloor: ReadonlyMap<string, number> = new Map(
  file.persistentAbsenteesFloor.map(([y, c, v]) => [`${y}|${c}`, v]),
);
