/** Joining subgroup cells from several DfE files that cover the same group, year and area. */
import { COUNT_FIELDS } from '../../src/data/absence-columns';
import type { SubgroupCell } from '../../src/data/subgroups-columns';
import { sumCounts } from '../../src/derive/rates';

const keyOf = (c: SubgroupCell) => `${c.dim}|${c.group}|${c.year}|${c.area}`;

/**
 * Cells from `sources` in priority order. Where two sources have the same key and the same pupils
 * (equal enrolments), each count is taken from the first source that has it (e.g. sessions from the
 * characteristics file, severe absentees from the distributions file). If enrolments differ, the
 * cells describe different populations, so only the first is kept and the key is reported.
 */
export function mergeCells(...sources: readonly SubgroupCell[][]): { cells: SubgroupCell[]; conflicts: string[] } {
  const merged = new Map<string, SubgroupCell>();
  const conflicts: string[] = [];
  for (const source of sources) {
    for (const cell of source) {
      const key = keyOf(cell);
      const kept = merged.get(key);
      if (!kept) {
        merged.set(key, { ...cell });
        continue;
      }
      if (kept.enrolments !== cell.enrolments) {
        conflicts.push(key);
        continue;
      }
      for (const f of COUNT_FIELDS) kept[f] ??= cell[f];
    }
  }
  return { cells: [...merged.values()], conflicts };
}

/** A group made by summing other groups' counts in the same year and area (e.g. any SEN = EHC plan + SEN support). */
export function sumGroups(
  cells: readonly SubgroupCell[],
  dim: string,
  parts: readonly string[],
  group: string,
): SubgroupCell[] {
  const byYearArea = new Map<string, SubgroupCell[]>();
  for (const c of cells) {
    if (c.dim !== dim || !parts.includes(c.group)) continue;
    const key = `${c.year}|${c.area}`;
    byYearArea.set(key, [...(byYearArea.get(key) ?? []), c]);
  }
  return [...byYearArea.values()]
    .filter((found) => found.length === parts.length)
    .map((found) => ({ dim, group, year: found[0].year, area: found[0].area, ...sumCounts(found) }));
}
