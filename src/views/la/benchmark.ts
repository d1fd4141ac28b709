/**
 * An LA profile's benchmarking: DfE's statistical neighbours with their absence, the LA's rank among them
 * and in its region, its persistent absence against England's control limits, and its change since before COVID.
 */
import { absenceFor, absenceRecords, latestYear } from '../../data/absence';
import { laByCode, type LaInfo } from '../../derive/la-directory';
import { regionInText } from '../../config/geography';
import { neighboursOf } from '../../data/neighbours';
import { pct } from '../../lib/format';
import { rate } from '../../derive/rates';
import { MEASURE_LABELS, type Measure } from '../../config/measures';
import { rankHighestFirst, type Rank } from '../../derive/rank';
import { neighbourVerdict } from '../../derive/benchmark-text';
import { fewPupils } from '../../config/benchmark';

export const BENCHMARK_MEASURES = ['overall', 'persistent'] as const satisfies readonly Measure[];
type BenchmarkMeasure = (typeof BENCHMARK_MEASURES)[number];
/** The LA and this many of its closest neighbours open on /compare/ (it shows at most six LAs). */
export const COMPARE_NEIGHBOURS = 5;

export interface NeighbourRow {
  code: string;
  name: string;
  /** The LA's own profile, when it has one. */
  la: LaInfo | undefined;
  /** DfE's closeness band; null for the LA itself. */
  closeness: string | null;
  pupils: number | null;
  values: Record<BenchmarkMeasure, number | null>;
  few: boolean;
}

function rowOf(code: string, name: string, closeness: string | null, year: string): NeighbourRow {
  const r = absenceFor(code, year);
  return {
    code,
    name,
    la: laByCode.get(code),
    closeness,
    pupils: r?.enrolments ?? null,
    few: fewPupils(r?.enrolments),
    values: { overall: r ? rate(r, 'overall') : null, persistent: r ? rate(r, 'persistent') : null },
  };
}

const rankAmong = (rows: readonly NeighbourRow[], measure: BenchmarkMeasure, code: string): Rank | undefined =>
  rankHighestFirst(new Map(rows.map((r) => [r.code, r.values[measure]]))).get(code);

function regionRank(la: LaInfo, measure: Measure): Rank | undefined {
  const values = new Map(
    absenceRecords
      .filter(
        (r) =>
          r.level === 'Local authority' &&
          r.schoolType === 'Total' &&
          r.year === la.lastYear &&
          r.regionCode === la.regionCode,
      )
      .map((r) => [r.code, rate(r, measure)] as const),
  );
  return rankHighestFirst(values).get(la.code);
}

export interface LaBenchmark {
  /** The model's publication, e.g. "May 2025". */
  release: string;
  /** DfE's grouping for a former LA, kept from an earlier model. */
  former: boolean;
  /** The LA first, then its neighbours nearest first. */
  rows: NeighbourRow[];
  ranks: Record<BenchmarkMeasure, { group: Rank | undefined; region: Rank | undefined }>;
  verdict: string;
  /** /compare/ with the LA and its closest neighbours that have data in the latest year. */
  compareCodes: string[];
}

export function laBenchmark(la: LaInfo): LaBenchmark | undefined {
  const group = neighboursOf(la.code);
  if (!group) return undefined;
  const rows = [
    rowOf(la.code, la.name, null, la.lastYear),
    ...group.neighbours.map((n) => rowOf(n.code, laByCode.get(n.code)?.name ?? n.code, n.closeness, la.lastYear)),
  ];
  const ranks = Object.fromEntries(
    BENCHMARK_MEASURES.map((m) => [m, { group: rankAmong(rows, m, la.code), region: regionRank(la, m) }]),
  ) as LaBenchmark['ranks'];
  const verdict = neighbourVerdict(
    la.name,
    la.lastYear,
    regionInText(la.regionName),
    BENCHMARK_MEASURES.map((m) => ({
      measure: MEASURE_LABELS[m].toLowerCase(),
      value: pct(rows[0].values[m]),
      group: ranks[m].group,
      region: ranks[m].region,
    })),
  );
  const current = (code: string) => absenceFor(code, latestYear) !== undefined;
  const compareCodes = la.current
    ? [
        la.code,
        ...rows
          .slice(1)
          .filter((r) => current(r.code))
          .slice(0, COMPARE_NEIGHBOURS)
          .map((r) => r.code),
      ]
    : [];
  return { release: group.release, former: group.former, rows, ranks, verdict, compareCodes };
}
