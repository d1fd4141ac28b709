/** Validation of data/absence.json where it enters the site (kept apart so browser bundles need no zod). */
import { z } from 'zod';
import { ABSENCE_COLUMNS, type AbsenceRecord } from './absence';
import { LEVELS } from '../config/geography';
import { SCHOOL_TYPES } from '../config/school-types';

const count = z.number().int().nonnegative().nullable();

export const absenceFileSchema = z.object({
  provenance: z.object({
    dataset: z.string(),
    sources: z.array(z.any()),
    steps: z.array(z.string()),
    generatedBy: z.string(),
  }),
  columns: z.tuple(ABSENCE_COLUMNS.map((c) => z.literal(c)) as never),
  rows: z.array(
    z.tuple([
      z.string().regex(/^\d{4}\/\d{2}$/),
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
