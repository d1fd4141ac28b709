/** Sentences stating the regional pattern, generated from the data so they stay true on refresh. */
import { change, pct, pp, signedPercent } from '../lib/format';
import { MEASURE_LABELS, type Measure } from '../config/measures';
import {
  SUMMARY_PERIODS,
  periodLabel,
  periodSpan,
  type PeriodSummaryRow,
  type SummaryPeriodId,
} from './period-summary';
import { readableName } from './area-name';

export interface TrendTextInput {
  measure: Measure;
  latestYear: string;
  /** The compared areas' rates in the latest year. */
  latest: readonly { name: string; value: number | null }[];
  /** Period summaries of the compared areas. */
  summary: readonly PeriodSummaryRow[];
  /** Period summary of the reference area (England). */
  reference: PeriodSummaryRow;
  /** The reference area's yearly rates, for the direction within the post-COVID period. */
  referenceSeries: readonly { year: string; value: number | null }[];
}

/**
 * A place's name inside a sentence: "the North", "the East of England", but "London", "Yorkshire and The Humber",
 * "England"; DfE's index forms read naturally ("Bristol, City of" -> "City of Bristol").
 */
export const areaPhrase = (name: string): string =>
  /^(North|South|East|West|Midlands)\b/.test(name) ? `the ${name}` : readableName(name);
const possessive = (name: string): string => (name.endsWith('s') ? `${name}'` : `${name}'s`);
const inText = (id: SummaryPeriodId): string => periodLabel(id).replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** A relative change with its sign, e.g. "+51%" or "−4.2%". */
function extremes<T>(items: readonly T[], value: (t: T) => number | null): { top: T; bottom: T } | null {
  const known = items.filter((t) => value(t) !== null).sort((a, b) => value(b)! - value(a)!);
  return known.length >= 2 ? { top: known[0], bottom: known[known.length - 1] } : null;
}

function latestGap({ measure, latestYear, latest }: TrendTextInput): string | null {
  const ends = extremes(latest, (a) => a.value);
  if (!ends) return null;
  const c = change(ends.bottom.value, ends.top.value);
  return (
    `In ${latestYear} ${possessive(areaPhrase(ends.top.name))} ${MEASURE_LABELS[measure].toLowerCase()} rate (${c.to}) ` +
    `was ${c.diff.replace(/^[+−]/, '')} above ${possessive(areaPhrase(ends.bottom.name))} (${c.from}), the lowest.`
  );
}

function highestByPeriod({ measure, summary }: TrendTextInput): string | null {
  const periods: SummaryPeriodId[] = ['pre', 'during', 'post'];
  const highest = periods.map((id) => ({ id, row: extremes(summary, (r) => r.rates[id])?.top }));
  if (highest.some((h) => !h.row)) return null;
  const label = `${MEASURE_LABELS[measure].toLowerCase()} rate`;
  if (highest.every((h) => h.row!.code === highest[0].row!.code)) {
    const values = highest.map((h) => `${pct(h.row!.rates[h.id])} ${inText(h.id)}`);
    return `${capitalise(areaPhrase(highest[0].row!.name))} had the highest ${label} in every period: ${values.slice(0, -1).join(', ')} and ${values.at(-1)}.`;
  }
  const parts = highest.map((h) => `${inText(h.id)} ${areaPhrase(h.row!.name)} (${pct(h.row!.rates[h.id])})`);
  return `Highest ${label} by period: ${parts.join('; ')}.`;
}

function referenceChange({ measure, latestYear, reference }: TrendTextInput): string | null {
  const [preToPost, duringToPost] = [
    reference.changes.find((c) => c.from === 'pre' && c.to === 'post'),
    reference.changes.find((c) => c.from === 'during' && c.to === 'post'),
  ];
  if (!preToPost || preToPost.pp === null) return null;
  const verb = (v: number) => (v > 0 ? 'rose' : v < 0 ? 'fell' : 'was unchanged');
  const c = change(reference.rates.pre, reference.rates.post);
  let text =
    `${possessive(reference.name)} ${MEASURE_LABELS[measure].toLowerCase()} rate ${verb(preToPost.pp)} from ${c.from} ` +
    `${inText('pre')} (${periodSpan('pre', latestYear)}) to ${c.to} ${inText('post')} (${periodSpan('post', latestYear)}): ` +
    `${c.diff} (${signedPercent(preToPost.percent)}).`;
  if (duringToPost && duringToPost.pp !== null) {
    const d = change(reference.rates.during, reference.rates.post);
    text +=
      ` Compared with ${inText('during')} (${d.from}; 2020/21 excludes COVID-related absence) it ${verb(duringToPost.pp)} by ${d.diff.replace(/^[+−]/, '')}` +
      `${d.digits > c.digits ? ` (post-COVID ${d.to})` : ''}.`;
  }
  return text;
}

function widestChange({ summary }: TrendTextInput): string | null {
  const change = (r: PeriodSummaryRow) => r.changes.find((c) => c.from === 'pre' && c.to === 'post')?.pp ?? null;
  const ends = extremes(summary, change);
  if (!ends) return null;
  return (
    `From ${inText('pre')} to ${inText('post')} the change ranged from ${pp(change(ends.bottom))} in ${areaPhrase(ends.bottom.name)} ` +
    `to ${pp(change(ends.top))} in ${areaPhrase(ends.top.name)}.`
  );
}

function sincePostStart({ measure, latestYear, reference, referenceSeries }: TrendTextInput): string | null {
  const from = SUMMARY_PERIODS.find((p) => p.id === 'post')!.from;
  const [start, end] = [
    referenceSeries.find((d) => d.year === from)?.value,
    referenceSeries.find((d) => d.year === latestYear)?.value,
  ];
  if (start == null || end == null || from === latestYear) return null;
  const c = change(start, end);
  return (
    `In the ${inText('post')} period, ${possessive(reference.name)} ${MEASURE_LABELS[measure].toLowerCase()} rate went from ${c.from} in ${from} ` +
    `to ${c.to} in ${latestYear} (${c.diff}).`
  );
}

export function trendSentences(input: TrendTextInput): string[] {
  return [
    latestGap(input),
    highestByPeriod(input),
    referenceChange(input),
    sincePostStart(input),
    widestChange(input),
  ].filter((s): s is string => s !== null);
}
