/** Sentences that place an LA among a comparison group, generated from ranks (1 = highest). */
import type { Rank } from './rank';

export const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/** "the highest", "the lowest", "the 3rd highest" or "the 2nd lowest" (whichever end is nearer) of a group. */
export function standing(rank: Rank): string {
  if (rank.rank === 1) return 'the highest';
  if (rank.rank === rank.of) return 'the lowest';
  const fromBottom = rank.of - rank.rank + 1;
  return rank.rank <= fromBottom ? `the ${ordinal(rank.rank)} highest` : `the ${ordinal(fromBottom)} lowest`;
}

export interface Standing {
  /** e.g. "persistent absence". */
  measure: string;
  /** Formatted value, e.g. "24.4%". */
  value: string;
  /** Among the LA and its neighbours. */
  group: Rank | undefined;
  /** Among the LAs of its region. */
  region: Rank | undefined;
}

/**
 * One line: where the LA stands among itself and its neighbours, and in its region, e.g. "In 2024/25 Knowsley
 * had the highest overall absence (8.2%) and the highest persistent absence (24.4%) of the 11 local authorities
 * in its statistical neighbour group (...); in the North West, the highest of 24 local authorities on both."
 */
/** `regionName` as it reads in a sentence ("the North West"). */
export function neighbourVerdict(
  name: string,
  year: string,
  regionName: string,
  standings: readonly Standing[],
): string {
  const ranked = standings.filter((s): s is Standing & { group: Rank } => s.group !== undefined);
  if (!ranked.length) return `There are no ${year} figures to rank ${name} against its statistical neighbours.`;
  const size = Math.max(...ranked.map((s) => s.group.of));
  const inGroup = ranked.map((s) => `${standing(s.group)} ${s.measure} (${s.value})`).join(' and ');
  const regional = ranked.filter((s): s is typeof s & { region: Rank } => s.region !== undefined);
  const places = [...new Set(regional.map((s) => standing(s.region)))];
  const of = `of ${Math.max(...regional.map((s) => s.region.of))} local authorities`;
  const inRegion = !regional.length
    ? ''
    : places.length === 1 && regional.length > 1
      ? `; in ${regionName}, ${places[0]} ${of} on both`
      : `; in ${regionName}, ${regional.map((s) => standing(s.region)).join(' and ')} ${of}`;
  return `In ${year} ${name} had ${inGroup} of the ${size} local authorities in its statistical neighbour group (itself and ${size - 1} neighbours with data)${inRegion}.`;
}
