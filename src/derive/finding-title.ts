/**
 * Chart titles that state the finding when the data show a clear one ("Overall absence rose most in
 * the North between 2018/19 and 2024/25"), generated so they stay true when the data change, with the
 * neutral title as the fallback. A finding is clear only when the values, rounded as the page shows
 * them (1 dp), put one area strictly ahead.
 */
import { round } from '../lib/format';
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
export const subtitleLead = (finding: string | null, neutral: string): string => (finding ? `${neutral}. ` : '');
