/**
 * Chart titles that state the finding when the data show a clear one ("Overall absence rose most in
 * the North between 2018/19 and 2024/25"), generated so they stay true when the data change, with the
 * neutral title as the fallback. A finding is clear only when the values, rounded as the page shows
 * them (1 dp), put one area strictly ahead.
 */
import { COVID_CAVEAT_YEAR } from '../config/periods';
import { fixed, pct, round } from '../lib/format';
import { areaPhrase } from './trend-text';

export interface Valued {
  name: string;
  value: number | null;
}

/** The one item whose rounded value is strictly the highest (or lowest); null on a tie or with fewer than two. */
export function clearLeader<T extends Valued>(items: readonly T[], lowest = false): T | null {
  const known = items
    .filter((t): t is T & { value: number } => t.value !== null)
    .sort((a, b) => (lowest ? a.value - b.value : b.value - a.value));
  if (known.length < 2 || round(known[0].value) === round(known[1].value)) return null;
  return known[0];
}

/** First letter upper case, the rest as written (place names keep their capitals). */
export const sentenceCase = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The finding when there is one, else the neutral title; sentence case either way. */
export const findingTitle = (finding: string | null, neutral: string): string => sentenceCase(finding ?? neutral);

/** "Overall absence rose most in the North between 2018/19 and 2024/25" (or "fell most" when every area fell). */
export function changeFinding(label: string, changes: readonly Valued[], from: string, to: string): string | null {
  const known = changes.filter((c) => c.value !== null) as { name: string; value: number }[];
  const rising = clearLeader(known);
  if (rising && round(rising.value) > 0)
    return `${label} rose most in ${areaPhrase(rising.name)} between ${from} and ${to}`;
  const falling = clearLeader(known, true);
  if (falling && known.every((c) => round(c.value) < 0))
    return `${label} fell most in ${areaPhrase(falling.name)} between ${from} and ${to}`;
  return null;
}

/** "Persistent absence was highest in the North East in 2024/25". */
export function highestFinding(label: string, values: readonly Valued[], year: string): string | null {
  const top = clearLeader(values);
  return top ? `${label} was highest in ${areaPhrase(top.name)} in ${year}` : null;
}

/** "Overall absence in Knowsley was above England's in every year from 2015/16 to 2024/25", else in the latest year. */
export function againstReferenceFinding(
  label: string,
  name: string,
  series: readonly { year: string; value: number | null }[],
  reference: readonly { year: string; value: number | null }[],
  referenceName: string,
): string | null {
  const refAt = new Map(reference.map((p) => [p.year, p.value]));
  const both = series
    .map((p) => ({
      year: p.year,
      diff: p.value === null || refAt.get(p.year) == null ? null : round(p.value) - round(refAt.get(p.year)!),
    }))
    .filter((p): p is { year: string; diff: number } => p.diff !== null);
  if (!both.length) return null;
  const [first, last] = [both[0], both.at(-1)!];
  const side = (d: number) => (d > 0 ? 'above' : 'below');
  if (both.length > 1 && (both.every((p) => p.diff > 0) || both.every((p) => p.diff < 0)))
    return `${label} in ${name} was ${side(first.diff)} ${referenceName}'s in every year from ${first.year} to ${last.year}`;
  return last.diff ? `${label} in ${name} was ${side(last.diff)} ${referenceName}'s in ${last.year}` : null;
}

/** The neutral title opens the subtitle when the title states a finding instead ('' when the title is neutral). */
export const subtitleLead = (finding: string | null, neutral: string): string =>
  finding ? `${neutral}${/[.?!]$/.test(neutral) ? '' : '.'} ` : '';

type YearValue = { year: string; value: number | null };

/** The first and last known points, leaving out 2020/21 (DfE advises caution comparing it); null with fewer than two. */
function ends(points: readonly YearValue[]): [{ year: string; value: number }, { year: string; value: number }] | null {
  const known = points.filter(
    (p): p is { year: string; value: number } => p.value !== null && p.year !== COVID_CAVEAT_YEAR,
  );
  return known.length < 2 ? null : [known[0], known.at(-1)!];
}

/**
 * "Overall absence in England rose from 4.6% in 2015/16 to 6.8% in 2024/25", with the peak (or trough) between
 * when the series turned ("rose from 4.6% in 2015/16 to 7.6% in 2021/22, then fell to 6.8% in 2024/25").
 * Null when the two ends are equal once rounded.
 */
export function levelChangeFinding(subject: string, points: readonly YearValue[]): string | null {
  const pair = ends(points);
  if (!pair) return null;
  const [first, last] = pair;
  const [a, b] = [round(first.value), round(last.value)];
  if (a === b) return null;
  const way = (up: boolean) => (up ? 'rose' : 'fell');
  const inner = points.filter(
    (p): p is { year: string; value: number } =>
      p.value !== null && p.year !== COVID_CAVEAT_YEAR && p.year > first.year && p.year < last.year,
  );
  // The turning point: beyond both ends, on the far side of the end the series finished nearer to.
  const turn = [...inner].sort((x, y) => (b > a ? y.value - x.value : x.value - y.value))[0];
  const turned = turn && (b > a ? round(turn.value) > b : round(turn.value) < b);
  return turned
    ? `${subject} ${way(b > a)} from ${pct(first.value)} in ${first.year} to ${pct(turn.value)} in ${turn.year}, then ${way(b < a)} to ${pct(last.value)} in ${last.year}`
    : `${subject} ${way(b > a)} from ${pct(first.value)} in ${first.year} to ${pct(last.value)} in ${last.year}`;
}

/**
 * "The North–South gap in overall absence widened from 0.1 pp in 2015/16 to 0.3 pp in 2024/25" (or narrowed):
 * the gap's size at the two ends, each rounded as shown. Null when the gap changes side, is 0.0 at either end,
 * or is the same size once rounded.
 */
export function gapChangeFinding(subject: string, points: readonly YearValue[]): string | null {
  const pair = ends(points);
  if (!pair) return null;
  const [first, last] = pair;
  const [a, b] = [round(first.value), round(last.value)];
  if (a === 0 || b === 0 || Math.sign(a) !== Math.sign(b) || Math.abs(a) === Math.abs(b)) return null;
  const size = (v: number) => `${fixed(Math.abs(v))} pp`;
  return `${subject} ${Math.abs(b) > Math.abs(a) ? 'widened' : 'narrowed'} from ${size(a)} in ${first.year} to ${size(b)} in ${last.year}`;
}

/** How many differences are above and below zero once rounded as shown (1 dp); missing ones left out of n. */
export function directions(diffs: readonly (number | null)[]): { up: number; down: number; n: number } {
  const known = diffs.filter((d): d is number => d !== null).map((d) => round(d));
  return { up: known.filter((d) => d > 0).length, down: known.filter((d) => d < 0).length, n: known.length };
}

/** The way most of the differences went: 'up' or 'down' for a strict majority (of two or more), else null. */
export function majority({ up, down, n }: { up: number; down: number; n: number }): 'up' | 'down' | null {
  if (n < 2) return null;
  return up * 2 > n ? 'up' : down * 2 > n ? 'down' : null;
}

/** "all 147", "140 of 147". */
export const countOf = (k: number, n: number): string => (k === n ? `all ${n}` : `${k} of ${n}`);

/** "Overall absence ranged from 5.4% in Trafford to 8.6% in Knowsley": only when each end is clear once rounded. */
export function rangeFinding(label: string, items: readonly Valued[]): string | null {
  const [low, high] = [clearLeader(items, true), clearLeader(items)];
  return low && high
    ? `${label} ranged from ${pct(low.value)} in ${areaPhrase(low.name)} to ${pct(high.value)} in ${areaPhrase(high.name)}`
    : null;
}

/** "School readiness was lowest in the North West in every year with data, 2015/16 to 2024/25": the same area clearly lowest (or highest) in each year once rounded, or null. */
export function everyYearFinding(
  label: string,
  years: readonly { year: string; items: readonly Valued[] }[],
  lowest = false,
): string | null {
  const leaders = years.map((y) => clearLeader(y.items, lowest)?.name);
  return years.length > 1 && leaders[0] && leaders.every((name) => name === leaders[0])
    ? `${label} was ${lowest ? 'lowest' : 'highest'} in ${areaPhrase(leaders[0])} in every year with data, ${years[0].year} to ${years.at(-1)!.year}`
    : null;
}
