/**
 * data/subgroups.json: absence by pupil characteristic. `cells` carry counts (rates are recomputed
 * from them); `rates` carry rates DfE published without counts (SEN provision by LA), which can be
 * shown but never summed or averaged. Missing counts are null, never 0.
 */
import { z } from 'zod';
import { LEVELS } from '../config/geography';
import { COUNT_FIELDS, type AbsenceCounts, type AbsenceRecord } from './absence-columns';
import { provenanceSchema } from './schema';

export interface SubgroupCell extends AbsenceCounts {
  dim: string;
  group: string;
  year: string;
  area: string;
}

export interface PublishedRate {
  dim: string;
  group: string;
  year: string;
  area: string;
  overall: number | null;
  persistent: number | null;
  severe: number | null;
}

export interface SubgroupArea {
  code: string;
  name: string;
  level: AbsenceRecord['level'];
  /** Region of an LA or of Inner/Outer London; null otherwise. */
  regionCode: string | null;
}

const KEY = ['dim', 'group', 'year', 'area'] as const;
export const CELL_COLUMNS = [...KEY, ...COUNT_FIELDS] as const;
export const RATE_COLUMNS = [...KEY, 'overall', 'persistent', 'severe'] as const;
export const AREA_COLUMNS = ['code', 'name', 'level', 'regionCode'] as const;

const year = z.string().regex(/^\d{4}\/\d{2}$/);
const count = z.number().int().nonnegative().nullable();
const pct = z.number().min(0).max(100).nullable();
const key = [z.string(), z.string(), year, z.string()] as const;

export const subgroupsFileSchema = z.object({
  provenance: provenanceSchema,
  areas: z.array(z.tuple([z.string(), z.string(), z.enum(LEVELS), z.string().nullable()])),
  cells: z.array(z.tuple([...key, count, count, count, count, count, count, count])),
  rates: z.array(z.tuple([...key, pct, pct, pct])),
});

const toObject = <T>(columns: readonly string[], row: readonly unknown[]) =>
  Object.fromEntries(columns.map((c, i) => [c, row[i]])) as T;
export const cellFromRow = (row: readonly unknown[]) => toObject<SubgroupCell>(CELL_COLUMNS, row);
export const rateFromRow = (row: readonly unknown[]) => toObject<PublishedRate>(RATE_COLUMNS, row);
export const areaFromRow = (row: readonly unknown[]) => toObject<SubgroupArea>(AREA_COLUMNS, row);

export const cellToRow = (c: SubgroupCell) => CELL_COLUMNS.map((k) => c[k]);
export const rateToRow = (r: PublishedRate) => RATE_COLUMNS.map((k) => r[k]);
export const areaToRow = (a: SubgroupArea) => AREA_COLUMNS.map((k) => a[k]);
