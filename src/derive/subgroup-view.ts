/**
 * Everything the subgroups page shows for one state: each group's rate (sorted) against all pupils,
 * gaps to the reference group, the gap over time and the gap by place. Pure: the page builds it at
 * build time and the browser rebuilds it from the same JSON when the state changes.
 */
import { academicYear, startYear } from '../config/periods';
import { byLevel } from '../config/geography';
import { gapTo, type Gap } from './gaps';
import type { Measure } from '../config/measures';
import { areasFor, resolveState, type RateIndex, type SubgroupState } from './subgroup-rates';
import { ALL_PUPILS, isSmall, type Dimension } from '../config/subgroups';

export interface AreaInfo {
  code: string;
  name: string;
  level: string;
}

export interface GroupBar {
  group: string;
  rate: number | null;
  n: number | null;
  published: boolean;
  /** Too few pupils (see isSmall): drawn hollow, never as a precise value. */
  small: boolean;
  isReference: boolean;
  /** An administrative residual ("unclassified"): listed last, drawn muted, never setting the scale. */
  residual: boolean;
  gap: Gap;
}

export interface PlaceRow extends AreaInfo {
  focus: number | null;
  /** Pupils in the group in this place (null when only the rate was published). */
  focusN: number | null;
  small: boolean;
  reference: number | null;
  gap: Gap;
}

export interface SubgroupView extends SubgroupState {
  dimension: Dimension;
  areaName: string;
  /** The group gaps are measured against ("All pupils" when the dimension has none). */
  referenceLabel: string;
  allPupils: { rate: number | null; n: number | null };
  bars: GroupBar[];
  /** The compared group with the largest gap this year (drives the trend, places and sentences). */
  focus: GroupBar | undefined;
  /** Gap of each compared group to the reference, every year from the first to the last with a gap (null = no data). */
  trend: { year: string; series: string; value: number | null }[];
  places: PlaceRow[];
  /** Years in which the comparison is published for some place other than England. */
  placeYears: string[];
}

const TREND_GROUPS = 4;

function yearSpan(years: readonly string[]): string[] {
  if (!years.length) return [];
  const span: string[] = [];
  for (let y = startYear(years[0]); y <= startYear(years[years.length - 1]); y++) span.push(academicYear(y));
  return span;
}

/** The reference rate for a dimension's year and area: its reference group, or all pupils. */
function referenceRate(
  index: RateIndex,
  dimension: Dimension,
  measure: Measure,
  year: string,
  area: string,
): number | null {
  const ref = dimension.reference
    ? index.get(dimension.id, dimension.reference, year, area)
    : index.allPupils(dimension.id, year, area);
  return ref?.rates[measure] ?? null;
}

export function subgroupView(
  index: RateIndex,
  areas: ReadonlyMap<string, AreaInfo>,
  requested: SubgroupState,
  england: string,
): SubgroupView {
  const { dimension, dim, measure, year, area } = resolveState(index, requested, england);
  const refRate = referenceRate(index, dimension, measure, year, area);
  const all = index.allPupils(dim, year, area);
  const bars: GroupBar[] = dimension.groups
    .flatMap((group) => {
      const r = index.get(dim, group, year, area);
      if (!r) return [];
      const rate = r.rates[measure];
      const residual = (dimension.notCompared as readonly string[]).includes(group);
      return [
        {
          group,
          rate,
          n: r.n,
          published: r.published,
          small: isSmall(r.n, all?.n ?? null),
          isReference: group === dimension.reference,
          residual,
          gap: gapTo(rate, refRate),
        },
      ];
    })
    .sort((a, b) => Number(a.residual) - Number(b.residual) || (b.rate ?? -Infinity) - (a.rate ?? -Infinity));

  const compared = bars.filter(
    (b) =>
      !b.isReference &&
      !b.small &&
      b.gap.pp !== null &&
      !(dimension.notCompared as readonly string[]).includes(b.group),
  );
  const focus = [...compared].sort((a, b) => Math.abs(b.gap.pp!) - Math.abs(a.gap.pp!))[0];
  const trendGroups = [...compared]
    .sort((a, b) => Math.abs(b.gap.pp!) - Math.abs(a.gap.pp!))
    .slice(0, TREND_GROUPS)
    .map((b) => b.group);
  const years = [
    ...new Set(
      index
        .ofDimension(dim)
        .filter((r) => r.area === area && r.group !== ALL_PUPILS && r.rates[measure] !== null)
        .map((r) => r.year),
    ),
  ].sort();
  const gaps = yearSpan(years).flatMap((y) => {
    const ref = referenceRate(index, dimension, measure, y, area);
    return trendGroups.map((group) => ({
      year: y,
      series: group,
      value: gapTo(index.get(dim, group, y, area)?.rates[measure] ?? null, ref).pp,
    }));
  });
  // The span runs from the first to the last year with a gap drawn, so the chart, its table and the notes agree.
  const drawn = gaps.filter((t) => t.value !== null).map((t) => t.year);
  const trend = gaps.filter((t) => t.year >= drawn[0] && t.year <= drawn[drawn.length - 1]);

  const places = focus
    ? areasFor(index, dim, measure)
        .flatMap((code) => {
          const info = areas.get(code);
          const row = index.get(dim, focus.group, year, code);
          const rate = row?.rates[measure] ?? null;
          const ref = referenceRate(index, dimension, measure, year, code);
          const small = isSmall(row?.n ?? null, index.allPupils(dim, year, code)?.n ?? null);
          return info && rate !== null
            ? [{ ...info, focus: rate, focusN: row?.n ?? null, small, reference: ref, gap: gapTo(rate, ref) }]
            : [];
        })
        .sort((a, b) => byLevel(a.level, b.level) || (b.gap.pp ?? -Infinity) - (a.gap.pp ?? -Infinity))
    : [];

  const placeYears = [
    ...new Set(
      index
        .ofDimension(dim)
        .filter((r) => r.area !== england && r.group !== ALL_PUPILS && r.rates[measure] !== null)
        .map((r) => r.year),
    ),
  ].sort();

  return {
    dimension,
    dim,
    measure,
    year,
    area,
    areaName: areas.get(area)?.name ?? area,
    placeYears,
    referenceLabel: dimension.reference ?? ALL_PUPILS,
    allPupils: { rate: all?.rates[measure] ?? null, n: all?.n ?? null },
    bars,
    focus,
    trend,
    places,
  };
}
