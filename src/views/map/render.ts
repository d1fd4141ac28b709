/** Legend and scatterplot of a map view, drawn the same way at build time and in the browser. */
import { bivariateLegend } from '../../charts/bivariate-legend';
import { bivariateColour } from '../../charts/bivariate-palette';
import { bivariateScatter } from '../../charts/bivariate-scatter';
import type { Classification } from '../../derive/bivariate';
import { formatTick, needAxisLabel, type MapConfig, type MapState, type View } from './model';
import type { SecondVariableMeta } from '../../config/map-options';

export function legendFor(classification: Classification, absenceLabel: string, dep: SecondVariableMeta, document: Document): SVGSVGElement {
  const classed = classification.units.length - classification.noData.length;
  return bivariateLegend({
    document, counts: classification.counts, noData: classification.noData.length,
    absenceLabel, needLabel: needAxisLabel(dep), axis: dep, note: `Tertile classes across ${classed} LAs`,
  });
}

export function scatterFor(view: View, config: MapConfig, state: MapState, document: Document, width?: number): SVGSVGElement {
  const measure = config.measures[state.measure];
  const dep = config.deps[state.dep];
  const points = view.rows.flatMap((r) => (r.cls && r.absence !== null && r.need !== null
    ? [{ id: r.id, name: r.name, absence: r.absence, need: r.need, fill: bivariateColour(r.cls.absence, r.cls.need), cell: `${r.cls.absence}-${r.cls.need}` }]
    : []));
  return bivariateScatter(points, {
    document, width, breaks: view.classification.breaks, selected: state.la || undefined, reverseX: dep.lowerIsNeed,
    xLabel: `${needAxisLabel(dep)} (${dep.percent ? '%' : 'score'})`, yLabel: `${measure.label} (%)`,
    formatX: (v) => formatTick(v, dep.percent), formatY: (v) => formatTick(v, true),
    title: `Scatterplot of ${measure.label.toLowerCase()} against ${dep.short} for ${points.length} LAs, ${state.year}, coloured by class, with the tertile breaks as dashed lines.`,
  });
}
