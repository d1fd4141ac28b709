/** The figures on an LA profile: trends against its region, macro-region and England, ranks, changes and phase split. */
import { absenceFor, absenceRecords } from '../../data/absence';
import { laByCode, laDirectory, type LaInfo } from '../../derive/la-directory';
import { deprivationFor } from '../../data/deprivation';
import type { AbsenceRecord } from '../../data/absence-columns';
import type { SchoolType } from '../../config/school-types';
import { ENGLAND } from '../../config/geography';
import { PRE_COVID_YEAR } from '../../config/periods';
import { rate } from '../../derive/rates';
import type { Measure } from '../../config/measures';
import { rankHighestFirst, type Rank } from '../../derive/rank';
import { similarAreas } from '../../derive/similar-areas';
import type { TrendPoint } from '../../charts/trend-chart';

export { PRE_COVID_YEAR };

/**
 * The predecessor covering exactly the same area under an older code (e.g. North Yorkshire county
 * E10000023 -> unitary E06000065): one predecessor that has this LA as its only successor.
 */
export function sameAreaPredecessor(la: LaInfo): LaInfo | undefined {
  if (la.predecessors.length !== 1) return undefined;
  const before = laByCode.get(la.predecessors[0]);
  return before && before.successors.length === 1 && before.successors[0] === la.code ? before : undefined;
}

/** The LA's record for a year, continuing through a same-area predecessor before its own code existed. */
export function laRecord(la: LaInfo, year: string, schoolType: SchoolType = 'Total'): AbsenceRecord | undefined {
  const own = absenceFor(la.code, year, schoolType);
  if (own) return own;
  const before = sameAreaPredecessor(la);
  return before ? absenceFor(before.code, year, schoolType) : undefined;
}

/** Trend lines for the LA, its region, its macro-region and England (reference), every year to the latest. */
export function laTrendPoints(la: LaInfo, measure: Measure, allYears: readonly string[]): TrendPoint[] {
  const line = (series: string, record: (year: string) => AbsenceRecord | undefined) =>
    allYears.map((year) => {
      const r = record(year);
      return { year, series, value: r ? rate(r, measure) : null };
    });
  return [
    ...line(la.name, (y) => laRecord(la, y)),
    ...line(la.regionName, (y) => absenceFor(la.regionCode, y)),
    ...line(`The ${la.macro}`, (y) => absenceFor(la.macroCode, y)),
    ...line(ENGLAND.name, (y) => absenceFor(ENGLAND.code, y)),
  ];
}

const rankCache = new Map<string, Map<string, Rank>>();

/** Ranks of every LA with data in a year on a measure (1 = highest absence). */
export function ranksFor(year: string, measure: Measure): Map<string, Rank> {
  const key = `${year}|${measure}`;
  if (!rankCache.has(key)) {
    const values = new Map(
      absenceRecords
        .filter((r) => r.level === 'Local authority' && r.schoolType === 'Total' && r.year === year)
        .map((r) => [r.code, rate(r, measure)] as const),
    );
    rankCache.set(key, rankHighestFirst(values));
  }
  return rankCache.get(key)!;
}

export interface LatestValue {
  measure: Measure;
  value: number | null;
  rank: Rank | undefined;
  /** Percentage points since PRE_COVID_YEAR, null when there is no comparable baseline. */
  change: number | null;
  region: number | null;
  england: number | null;
}

/** The LA's values in its last year of data, with rank among LAs and change since before COVID. */
export function latestValues(la: LaInfo, measures: readonly Measure[]): LatestValue[] {
  const now = absenceFor(la.code, la.lastYear);
  // No change to report when the LA's last year is itself pre-COVID (e.g. Bournemouth, to 2018/19).
  const before = la.lastYear > PRE_COVID_YEAR ? laRecord(la, PRE_COVID_YEAR) : undefined;
  const regionNow = absenceFor(la.regionCode, la.lastYear);
  const englandNow = absenceFor(ENGLAND.code, la.lastYear);
  return measures.map((measure) => {
    const value = now ? rate(now, measure) : null;
    const baseline = before ? rate(before, measure) : null;
    return {
      measure,
      value,
      rank: ranksFor(la.lastYear, measure).get(la.code),
      change: value !== null && baseline !== null ? value - baseline : null,
      region: regionNow ? rate(regionNow, measure) : null,
      england: englandNow ? rate(englandNow, measure) : null,
    };
  });
}

export const PHASES: readonly SchoolType[] = ['State-funded primary', 'State-funded secondary', 'Special'];

/** Pupils and rates by school phase in the LA's last year (special schools are often small: see caveats). */
export function phaseSplit(la: LaInfo, measures: readonly Measure[]) {
  return PHASES.map((phase) => {
    const r = absenceFor(la.code, la.lastYear, phase);
    return { phase, pupils: r?.enrolments ?? null, values: measures.map((m) => (r ? rate(r, m) : null)) };
  });
}

export interface SimilarRow {
  la: LaInfo;
  idaci: number | null;
  pupils: number | null;
  overall: number | null;
  persistent: number | null;
}

/** The LA and the LAs most like it on child deprivation (IDACI 2019 score) and pupil numbers, in its last year. */
export function similarTo(la: LaInfo, count = 5): { target: SimilarRow; similar: SimilarRow[] } {
  const rowOf = (other: LaInfo): SimilarRow => {
    const r = absenceFor(other.code, la.lastYear);
    return {
      la: other,
      idaci: deprivationFor(other.code)?.idaci2019Score ?? null,
      pupils: r?.enrolments ?? null,
      overall: r ? rate(r, 'overall') : null,
      persistent: r ? rate(r, 'persistent') : null,
    };
  };
  const pool = laDirectory.filter((other) => absenceFor(other.code, la.lastYear)).map(rowOf);
  const target = rowOf(la);
  const profile = (row: SimilarRow) => ({ code: row.la.code, idaci: row.idaci, pupils: row.pupils });
  const nearest = similarAreas(profile(target), pool.map(profile), { count });
  return { target, similar: nearest.map((n) => pool.find((row) => row.la.code === n.code)!) };
}
