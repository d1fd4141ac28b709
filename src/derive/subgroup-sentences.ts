/** Sentences stating the biggest gaps, generated from a subgroup view (never typed in). */
import { change, int, pct, pp } from '../lib/format';
import { ratioPhrase } from './gaps';
import type { PlaceRow, SubgroupView } from './subgroup-view';
import { ALL_PUPILS } from '../config/subgroups';

const PER_PUPIL = new Set(['persistent', 'severe']);

const who = (group: string) => (group === ALL_PUPILS ? 'all pupils' : `pupils in the “${group}” group`);

const OUTCOME: Record<string, string> = {
  persistent: 'were persistently absent (missed 10% or more of sessions)',
  severe: 'were severely absent (missed 50% or more of sessions)',
};

function extremes(places: readonly PlaceRow[], level: string, noun: string): string | null {
  const rows = places.filter((p) => p.level === level && p.gap.pp !== null && !p.small);
  if (rows.length < 3) return null;
  const sorted = [...rows].sort((a, b) => b.gap.pp! - a.gap.pp!);
  const [top, bottom] = [sorted[0], sorted[sorted.length - 1]];
  return `Across ${rows.length} ${noun} (leaving out small groups), the gap was largest in ${top.name} (${pp(top.gap.pp)}) and smallest in ${bottom.name} (${pp(bottom.gap.pp)}).`;
}

export function subgroupSentences(view: SubgroupView): string[] {
  const { focus, measure, year, areaName, referenceLabel } = view;
  if (!focus) return [`No comparable group rates are published for ${areaName} in ${year}.`];
  const ref = view.bars.find((b) => b.group === referenceLabel)?.rate ?? view.allPupils.rate;
  const pupils = focus.n === null ? 'pupil numbers not published' : `${int(focus.n)} pupils`;
  // The gap is quoted at the decimals where it agrees with the two rates printed beside it.
  const c =
    focus.rate !== null && ref !== null && focus.gap.pp !== null
      ? change(ref, focus.rate)
      : { from: pct(ref), to: pct(focus.rate), diff: pp(focus.gap.pp) };
  const lead = PER_PUPIL.has(measure)
    ? `In ${year}, ${c.to} of ${who(focus.group)} in ${areaName} (${pupils}) ${OUTCOME[measure]}: ${ratioPhrase(focus.gap.ratio, true)} as ${who(referenceLabel)} (${c.from}), a gap of ${c.diff}.`
    : `In ${year}, ${who(focus.group)} in ${areaName} (${pupils}) had a ${measure} absence rate of ${c.to} of possible sessions: ${ratioPhrase(focus.gap.ratio, false)} of ${who(referenceLabel)} (${c.from}), a gap of ${c.diff}.`;
  const sentences = [lead];

  const series = view.trend.filter((t) => t.series === focus.group && t.value !== null);
  if (series.length >= 2) {
    const [first, last] = [series[0], series[series.length - 1]];
    const widest = [...series].sort((a, b) => Math.abs(b.value!) - Math.abs(a.value!))[0];
    const peak =
      widest.year !== first.year && widest.year !== last.year ? `, widest in ${widest.year} (${pp(widest.value)})` : '';
    sentences.push(`The gap was ${pp(first.value)} in ${first.year} and ${pp(last.value)} in ${last.year}${peak}.`);
  }
  for (const [level, noun] of [
    ['Regional', 'regions'],
    ['Local authority', 'local authorities'],
  ] as const) {
    const text = extremes(view.places, level, noun);
    if (text) sentences.push(text);
  }
  return sentences;
}
