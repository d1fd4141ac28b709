/**
 * data/absence.json, the school census absence table (counts by year x area x school type), validated once
 * where it enters the build. Its columns and record type are in absence-columns.ts (no zod: the pipeline and
 * browser code use them).
 */
import absenceJson from '../../data/absence.json';
import { z } from 'zod';
import { ABSENCE_COLUMNS, type AbsenceRecord } from './absence-columns';
import { LEVELS } from '../config/geography';
import { SCHOOL_TYPES, type SchoolType } from '../config/school-types';
import type { Provenance } from '../lib/provenance';
import { countSchema, provenanceSchema, yearSchema } from './schema';

const count = countSchema;

export const absenceFileSchema = z.object({
  provenance: provenanceSchema,
  columns: z.tuple(ABSENCE_COLUMNS.map((c) => z.literal(c)) as never),
  rows: z.array(
    z.tuple([
      yearSchema,
      z.enum(LEVELS),
      z.string(),
      z.string(),
      z.string().nullable(),
      z.enum(SCHOOL_TYPES),
      count,
      count,
      count,
      count,
      count,
      count,
      count,
    ]),
  ),
});

export function fromRows(file: z.infer<typeof absenceFileSchema>): AbsenceRecord[] {
  return file.rows.map(
    (row) => Object.fromEntries(ABSENCE_COLUMNS.map((c, i) => [c, row[i]])) as unknown as AbsenceRecord,
  );
}

const absenceFile = absenceFileSchema.parse(absenceJson);
export const absenceProvenance = absenceFile.provenance as Provenance;
export const absenceRecords: readonly AbsenceRecord[] = fromRows(absenceFile);

export const years: readonly string[] = [...new Set(absenceRecords.map((r) => r.year))].sort();
export const latestYear = years[years.length - 1];

const index = new Map(absenceRecords.map((r) => [`${r.code}|${r.schoolType}|${r.year}`, r]));

export function absenceFor(code: string, year: string, schoolType: SchoolType = 'Total'): AbsenceRecord | undefined {
  return index.get(`${code}|${schoolType}|${year}`);
}
