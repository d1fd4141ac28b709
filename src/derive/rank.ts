/** Ranks of areas on a value, 1 = highest, ties sharing a rank (1, 2, 2, 4); areas without a value are left out. */
export interface Rank {
  rank: number;
  /** How many areas were ranked. */
  of: number;
}

export function rankHighestFirst(values: ReadonlyMap<string, number | null>): Map<string, Rank> {
  const ranked = [...values].filter((e): e is [string, number] => e[1] !== null && Number.isFinite(e[1]));
  const sorted = ranked.map(([, v]) => v).sort((a, b) => b - a);
  return new Map(ranked.map(([code, v]) => [code, { rank: sorted.indexOf(v) + 1, of: ranked.length }]));
}
