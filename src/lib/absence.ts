/** The validated absence table: counts by year x area x school type. Rates are derived from counts. */
import { z } from 'zod';

export const SCHOOL_TYPES = ['Total', 'State-funded primary', 'State-funded secondary', 'Special'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

export const COUNT_FIELDS = ['enrolments', 'sessPossible', 'sessOverall', 'sessAuthorised', 'sessUnauthorised', 'pa10', 'pa50'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];
export type AbsenceCounts = Record<CountField, number | null>;

export interface AbsenceRecord extends AbsenceCounts {
  year: string;
  level: 'National' | 'Macro-region' | 'Regional' | 'Sub-regional' | 'Local authority';
  code: string;
  name: string;
  /** The region the area sits in (LAs, Inner/Outer London); null for England, regions and macro-regions. */
  regionCode: string | null;
  schoolType: SchoolType;
}

const count = z.number().int().nonnegative().nullable();
const columns = ['year', 'level', 'code', 'name', 'regionCode', 'schoolType', ...COUNT_FIELDS] as const;

/** The committed data/absence.json, checked where it enters the site. */
export const absenceFileSchema = z.object({
  provenance: z.object({ dataset: z.string(), sources: z.array(z.any()), steps: z.array(z.string()), generatedBy: z.string() }),
  columns: z.tuple(columns.map((c) => z.literal(c)) as never),
  rows: z.array(
    z.tuple([
      z.string().regex(/^\d{4}\/\d{2}$/),
      z.enum(['National', 'Macro-region', 'Regional', 'Sub-regional', 'Local authority']),
      z.string(), z.string(), z.string().nullable(), z.enum(SCHOOL_TYPES),
      count, count, count, count, count, count, count,
    ]),
  ),
});

export const toRow = (r: AbsenceRecord) => columns.map((c) => r[c]);

export function fromRows(file: z.infer<typeof absenceFileSchema>): AbsenceRecord[] {
  return file.rows.map((row) => Object.fromEntries(columns.map((c, i) => [c, row[i]])) as unknown as AbsenceRecord);
}

export const ABSENCE_COLUMNS = columns;
