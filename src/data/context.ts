/**
 * The site's door to data/context.json: context indicators (school readiness, attainment, SEND,
 * children in need and looked after) by GSS code and academic year, validated once where they enter.
 * LA codes follow DfE's absence files (the code in force on 1 September of the year), so they join
 * data/absence.json directly.
 */
import contextJson from '../../data/context.json';
import { z } from 'zod';
import {
  AREA_LEVELS,
  INDICATOR_IDS,
  KS4_GROUPS,
  type AreaLevel,
  type IndicatorId,
  type Ks4GroupId,
} from '../config/context-indicators';
import type { Provenance } from '../lib/provenance';
import { codeSchema, countSchema, provenanceSchema, yearSchema } from './schema';

const year = yearSchema;
const value = z.number().nullable();
const count = countSchema;

/** data/context.json, checked where it enters the site. */
export const contextFileSchema = z.object({
  provenance: provenanceSchema,
  /** Indicator ids, in the order of each row's values. */
  indicators: z.array(z.enum(INDICATOR_IDS as [IndicatorId, ...IndicatorId[]])),
  /** [code, name, level, region code] */
  areas: z.array(z.tuple([codeSchema, z.string(), z.enum(AREA_LEVELS), z.string().nullable()])),
  /** [code, year, ...one value per indicator] */
  rows: z.array(z.tuple([z.string(), year]).rest(value)),
  /** [year, group id, Attainment 8, pupils] */
  ks4Groups: z.array(
    z.tuple([year, z.enum(KS4_GROUPS.map((g) => g.id) as [Ks4GroupId, ...Ks4GroupId[]]), value, count]),
  ),
  /** [year, pupils, SEN support, EHC plan, SEMH on SEN support, SEMH with EHC plan] (counts) */
  senNational: z.array(z.tuple([year, count, count, count, count, count])),
});

const file = contextFileSchema.parse(contextJson);

export const contextProvenance = file.provenance as Provenance;

/** The provenance block narrowed to some of its sources (for a chart's source line). */
export function contextProvenanceOf(ids: readonly string[]): Provenance {
  return { ...contextProvenance, sources: contextProvenance.sources.filter((s) => ids.includes(s.id)) };
}

export interface ContextArea {
  code: string;
  name: string;
  level: AreaLevel;
  regionCode: string | null;
}

export const contextAreas: readonly ContextArea[] = file.areas.map(([code, name, level, regionCode]) => ({
  code,
  name,
  level,
  regionCode,
}));
const areaByCode = new Map(contextAreas.map((a) => [a.code, a]));
export const contextArea = (code: string): ContextArea | undefined => areaByCode.get(code);

const column = new Map(file.indicators.map((id, i) => [id, i + 2]));
const rowIndex = new Map(file.rows.map((row) => [`${row[0]}|${row[1]}`, row]));

/** Every academic year with any indicator value, ascending. */
export const contextYears: readonly string[] = [...new Set(file.rows.map((r) => r[1] as string))].sort();

/** An indicator for an area (GSS code) in an academic year ("2022/23"), or null when not published. */
export function indicatorFor(code: string, indicator: IndicatorId, year: string): number | null {
  const row = rowIndex.get(`${code}|${year}`);
  const value = row?.[column.get(indicator)!];
  return typeof value === 'number' ? value : null;
}

/** An indicator for one area over the given years (default: every year), null where not published. */
export function indicatorSeries(code: string, indicator: IndicatorId, years: readonly string[] = contextYears) {
  return years.map((year) => ({ year, value: indicatorFor(code, indicator, year) }));
}

/** Years in which England has a value for the indicator (e.g. no EYFS results for 2019/20 and 2020/21). */
export function indicatorYears(indicator: IndicatorId): string[] {
  return contextYears.filter((year) => indicatorFor('E92000001', indicator, year) !== null);
}

export const latestIndicatorYear = (indicator: IndicatorId): string => indicatorYears(indicator).at(-1)!;

export interface AreaValue extends ContextArea {
  value: number;
}

/** The indicator for every area of a level in a year, leaving out areas without a value. */
export function indicatorByLevel(
  indicator: IndicatorId,
  year: string,
  level: AreaLevel = 'Local authority',
): AreaValue[] {
  return contextAreas.flatMap((a) => {
    const value = a.level === level ? indicatorFor(a.code, indicator, year) : null;
    return value === null ? [] : [{ ...a, value }];
  });
}

/** National Attainment 8 of a pupil group (all state-funded schools), 2018/19 to 2022/23. */
export function ks4GroupSeries(group: Ks4GroupId) {
  return file.ks4Groups.filter((g) => g[1] === group).map(([year, , att8, pupils]) => ({ year, att8, pupils }));
}

const percent = (part: number | null, whole: number | null): number | null =>
  part === null || whole === null || whole === 0 ? null : (100 * part) / whole;

/**
 * National SEN and SEMH (primary need), all pupils in state-funded schools, 2016/17 to 2021/22, as
 * percentages recomputed from DfE's counts. National only: the mirror has no regional or LA SEMH data.
 */
export const senNationalSeries = file.senNational.map(([year, pupils, senSupport, ehcp, semhSupport, semhEhcp]) => ({
  year,
  pupils,
  senSupportPct: percent(senSupport, pupils),
  ehcpPct: percent(ehcp, pupils),
  /** SEMH as primary need, as a share of all pupils (SEN support and EHC plan together). */
  semhPct: percent(semhSupport !== null && semhEhcp !== null ? semhSupport + semhEhcp : null, pupils),
  /** SEMH as a share of pupils on SEN support / with an EHC plan. */
  semhOfSupportPct: percent(semhSupport, senSupport),
  semhOfEhcpPct: percent(semhEhcp, ehcp),
}));
