import type { SubgroupView } from '../../derive/subgroup-view';
import { MEASURE_LABELS } from '../../config/measures';

/** Why the place control is hidden: the characteristic (for this measure) is published for England only. */
export const placeNote = (dimension: string, measure: string): string =>
  `Place: England only. ${measure} by ${dimension} is published for England as a whole, not by region or local authority.`;

/**
 * Said when the page shows another year or place than the one chosen, because the chosen one has no data for this
 * comparison ('' when it shows what was chosen). `requested` is the state asked for (blank: the default).
 */
export function movedNote(
  requested: { year: string; area: string },
  view: SubgroupView,
  nameOf: (code: string) => string | undefined,
): string {
  const what = `${MEASURE_LABELS[view.measure]} by ${view.dimension.midSentence}`;
  const place =
    requested.area && requested.area !== view.area
      ? `${what} is not published for ${nameOf(requested.area) ?? requested.area}: showing ${view.areaName}.`
      : '';
  const year =
    requested.year && requested.year !== view.year
      ? `${what} has no data for ${requested.year} in ${view.areaName}: showing ${view.year}, the latest year with data.`
      : '';
  return [place, year].filter(Boolean).join(' ');
}
