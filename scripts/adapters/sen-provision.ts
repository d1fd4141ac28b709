/**
 * Adapter for the LA absence-by-SEN-provision JSONs (Data to Insight's reshape of DfE's EES "Absence by
 * pupil characteristics", full academic years 2018/19 onwards). One file per measure; each record gives
 * a SEN group's rate and the same LA's no-SEN rate. DfE published these as rates only (no counts here),
 * so they are kept as published rates: never summed, averaged or used to build regions.
 */
import { z } from 'zod';
import { DataError } from '../lib/errors';
import { recordRows } from '../lib/expect';
import { readJson } from '../lib/read-raw';
import { parseAcademicYear } from '../lib/values';
import type { PublishedRate, SubgroupArea } from '../../src/data/subgroups-columns';

export type RateMeasure = 'overall' | 'persistent' | 'severe';
export const METRICS: Record<RateMeasure, string> = {
  overall: 'sess_overall_percent',
  persistent: 'enrolments_pa_10_exact_percent',
  severe: 'enrolments_pa_50_exact_percent',
};
const GROUPS: Record<string, string> = { 'EHC plan': 'EHC plan or statement', 'SEN support': 'SEN support' };

const record = z.object({
  new_la_code: z.string().regex(/^E\d{8}$/),
  la_name: z.string().min(1),
  region_code: z.string().regex(/^E1[23]\d{6}$/),
  time_period: z.string(),
  education_phase: z.string(),
  send_group: z.enum(['EHC plan', 'SEN support']),
  send_value: z.number().min(0).max(100).nullable(),
  no_sen_value: z.number().min(0).max(100).nullable(),
});
const file = z.object({ metric: z.string(), records: z.array(z.unknown()) });

const round = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 1000);

/** Rates keyed by group|year|LA for one measure; the no-SEN rate appears once per LA-year and must agree. */
function readMetric(
  path: string,
  label: string,
  measure: RateMeasure,
  into: Map<string, PublishedRate>,
  areas: Map<string, SubgroupArea>,
) {
  const parsed = file.safeParse(readJson(path, label));
  if (!parsed.success || parsed.data.metric !== METRICS[measure])
    throw new DataError(label, `expected a records file for ${METRICS[measure]}`);
  recordRows(label, parsed.data.records.length, 'records');
  const seen = new Set<string>();
  parsed.data.records.forEach((raw, i) => {
    const r = record.safeParse(raw);
    if (!r.success)
      throw new DataError(label, `record ${i}: ${r.error.issues[0].path.join('.')} ${r.error.issues[0].message}`);
    if (r.data.education_phase !== 'Total') return;
    areas.set(r.data.new_la_code, {
      code: r.data.new_la_code,
      name: r.data.la_name,
      level: 'Local authority',
      regionCode: r.data.region_code,
    });
    const year = parseAcademicYear(r.data.time_period, { file: label, row: i, column: 'time_period' });
    const put = (group: string, value: number | null, once: boolean) => {
      const key = `${group}|${year}|${r.data.new_la_code}`;
      const entry = into.get(key) ?? {
        dim: 'sen',
        group,
        year,
        area: r.data.new_la_code,
        overall: null,
        persistent: null,
        severe: null,
      };
      if (once && seen.has(key))
        throw new DataError(label, `record ${i}: a second ${group} record for ${r.data.new_la_code} ${year}`);
      seen.add(key);
      if (entry[measure] !== null && entry[measure] !== round(value)) {
        throw new DataError(
          label,
          `record ${i}: ${group} ${measure} for ${r.data.new_la_code} ${year} disagrees with an earlier record`,
        );
      }
      entry[measure] = round(value);
      into.set(key, entry);
    };
    put(GROUPS[r.data.send_group], r.data.send_value, true);
    put('No SEN', r.data.no_sen_value, false); // repeated in each SEN group's record: must agree
  });
}

/** The rates, and the LAs they cover (region codes as given: Inner/Outer London in some years). */
export function readSenProvision(paths: Record<RateMeasure, { path: string; label: string }>): {
  rates: PublishedRate[];
  areas: SubgroupArea[];
} {
  const rates = new Map<string, PublishedRate>();
  const areas = new Map<string, SubgroupArea>();
  for (const measure of Object.keys(METRICS) as RateMeasure[])
    readMetric(paths[measure].path, paths[measure].label, measure, rates, areas);
  return { rates: [...rates.values()], areas: [...areas.values()] };
}
