/**
 * The door to data/attendance.json and data/attendance-weekly.json (register attendance), validated once where
 * they enter the build. Build-time only: browser code fetches the per-area files made from it.
 */
import { z } from 'zod';
import attendanceJson from '../../data/attendance.json';
import weeklyJson from '../../data/attendance-weekly.json';
import {
  REGISTER_PERIODS,
  REGISTER_SCHOOL_TYPES,
  REGISTER_YEARS,
  type RegisterPeriod,
  type RegisterSchoolType,
} from '../config/attendance';
import {
  ATTENDANCE_COLUMNS,
  REGISTER_LEVELS,
  WEEKLY_FIELDS,
  type RegisterArea,
  type RegisterCounts,
  type RegisterRecord,
} from './attendance-columns';
import type { Provenance } from '../lib/provenance';
import { countSchema, provenanceSchema } from './schema';

const count = countSchema;

const attendanceSchema = z.object({
  provenance: provenanceSchema,
  areas: z.array(z.tuple([z.string(), z.string(), z.enum(REGISTER_LEVELS), z.string().nullable()])),
  columns: z.tuple(ATTENDANCE_COLUMNS.map((c) => z.literal(c)) as never),
  rows: z.array(
    z.tuple([
      z.enum(REGISTER_YEARS),
      z.enum(REGISTER_PERIODS),
      z.string(),
      z.enum(REGISTER_SCHOOL_TYPES),
      count,
      count,
      count,
      count,
      count,
      count,
      count,
      count,
      count,
      count,
      count,
      count,
      z.number().nullable(),
      count,
      count,
    ]),
  ),
});

const weeklySchema = z.object({
  provenance: provenanceSchema,
  fields: z.tuple(WEEKLY_FIELDS.map((c) => z.literal(c)) as never),
  weeks: z.record(z.enum(REGISTER_YEARS), z.array(z.number().int().min(1).max(53))),
  series: z.record(
    z.string(),
    z.record(
      z.enum(REGISTER_SCHOOL_TYPES),
      z.record(z.enum(REGISTER_YEARS), z.array(z.array(count).length(WEEKLY_FIELDS.length).nullable())),
    ),
  ),
});

const file = attendanceSchema.parse(attendanceJson);
const weekly = weeklySchema.parse(weeklyJson);

export const attendanceProvenance = file.provenance as Provenance;
export const weeklyProvenance = weekly.provenance as Provenance;

export const registerAreas: readonly RegisterArea[] = file.areas.map(([code, name, level, regionCode]) => ({
  code,
  name,
  level,
  regionCode,
}));
export const registerAreaByCode = new Map(registerAreas.map((a) => [a.code, a]));

export const registerRecords: readonly RegisterRecord[] = file.rows.map((row) => {
  const r = Object.fromEntries(ATTENDANCE_COLUMNS.map((c, i) => [c, row[i]])) as unknown as RegisterRecord;
  return { ...registerAreaByCode.get(r.code)!, ...r };
});

const index = new Map(registerRecords.map((r) => [`${r.code}|${r.year}|${r.period}|${r.schoolType}`, r]));

export function registerRecord(
  code: string,
  year: string,
  period: RegisterPeriod,
  type: RegisterSchoolType = 'Total',
): RegisterRecord | undefined {
  return index.get(`${code}|${year}|${period}|${type}`);
}

/** The weeks DfE published for England in each autumn term (week numbers as published). */
export const registerWeeks = weekly.weeks as Record<string, number[]>;

export type WeekCounts = Pick<RegisterCounts, (typeof WEEKLY_FIELDS)[number]> & { week: number };

/** One area's autumn weeks of one year; a week without data is null. */
export function weeklySeries(code: string, type: RegisterSchoolType, year: string): (WeekCounts | null)[] {
  const values = weekly.series[code]?.[type]?.[year as (typeof REGISTER_YEARS)[number]] ?? [];
  return (registerWeeks[year] ?? []).map((week, i) => {
    const v = values[i];
    return v
      ? { week, ...(Object.fromEntries(WEEKLY_FIELDS.map((f, j) => [f, v[j]])) as Omit<WeekCounts, 'week'>) }
      : null;
  });
}
