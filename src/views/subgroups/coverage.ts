/** A plain statement of which geographic levels and years a comparison uses, generated from the data. */
import { areasFor, yearsFor, type RateIndex } from '../../derive/subgroup-rates';
import type { AreaInfo, SubgroupView } from '../../derive/subgroup-view';
import { MEASURE_LABELS } from '../../config/measures';

/** Geographic levels as the page names them. */
export const LEVEL_NAMES: Record<string, string> = {
  National: 'England',
  'Macro-region': 'North/Midlands/South',
  Regional: 'regions',
  'Sub-regional': 'Inner and Outer London',
  'Local authority': 'local authorities',
};

/** The years the gap over time draws, from the same points as the chart and its table. */
function trendCoverage(view: SubgroupView): string {
  const drawn = [...new Set(view.trend.filter((t) => t.value !== null).map((t) => t.year))];
  const groups = [...new Set(view.trend.map((t) => t.series))];
  return drawn.length ? ` The gap over time (${groups.join(', ')}) has values for ${drawn.join(', ')}.` : '';
}

export function coverageText(view: SubgroupView, index: RateIndex, areas: ReadonlyMap<string, AreaInfo>): string {
  const levels = [
    ...new Set(areasFor(index, view.dim, view.measure).map((code) => areas.get(code)?.level ?? '')),
  ].filter(Boolean);
  const years = yearsFor(index, view.dim, view.measure, view.area);
  const published = index
    .ofDimension(view.dim)
    .some((r) => r.published && r.area === view.area && r.rates[view.measure] !== null);
  return (
    `${MEASURE_LABELS[view.measure]} by ${view.dimension.midSentence} is published for ${levels.map((l) => LEVEL_NAMES[l] ?? l).join(', ')}. ` +
    `For ${view.areaName}, years with data: ${years.join(', ') || 'none'}; other years are missing, not estimated.` +
    trendCoverage(view) +
    (published
      ? ' Some rates here were published without pupil numbers: they are shown as published and cannot be added up or averaged.'
      : '')
  );
}
