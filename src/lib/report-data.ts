/**
 * The door to data/reports/child-of-the-north.json: DfE's register-based attendance figures (England and
 * regions by school type, whole academic years) and the absence-band floor used to rank areas in Figure 1.
 */
import { z } from 'zod';
import reportJson from '../../data/reports/child-of-the-north.json';
import type { Provenance } from './provenance';
import type { RegisterType } from '../reports/types';

const year = z.string().regex(/^\d{4}\/\d{2}$/);
const code = z.string().regex(/^E\d{8}$/);
const pct = z.number().nullable();

const schema = z.object({
  provenance: z.object({ dataset: z.string(), sources: z.array(z.any()), steps: z.array(z.string()), generatedBy: z.string() }),
  registerColumns: z.tuple([z.literal('year'), z.literal('code'), z.literal('schoolType'), z.literal('overall'), z.literal('unauthorised'), z.literal('persistent')]),
  /** [year, code, school type, overall %, unauthorised %, persistent %] */
  register: z.array(z.tuple([year, code, z.enum(['Total', 'Primary', 'Secondary', 'Special']), pct, pct, pct])),
  /** [year, code, floor of the overall absence rate of persistent absentees (%)] */
  persistentAbsenteesFloor: z.array(z.tuple([year, code, z.number()])),
});

const file = schema.parse(reportJson);
export const reportDataProvenance = file.provenance as Provenance;

const register = new Map(file.register.map(([y, c, t, overall, unauthorised, persistent]) => [`${y}|${c}|${t}`, { overall, unauthorised, persistent }]));

export function registerValue(c: string, y: string, type: RegisterType, measure: 'overall' | 'unauthorised' | 'persistent'): number | null {
  return register.get(`${y}|${c}|${type}`)?.[measure] ?? null;
}

export const persistentAbsenteesFloor: ReadonlyMap<string, number> = new Map(file.persistentAbsenteesFloor.map(([y, c, v]) => [`${y}|${c}`, v]));
