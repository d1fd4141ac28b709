/** Geometry, colours, legend and scatterplot of a map view, drawn the same way at build time and in the browser. */
import type { Topology } from 'topojson-specification';
import {
  bivariateMap,
  shapesOf,
  unitStyle,
  type BivariateMapOptions,
  type UnitStyle,
} from '../../charts/bivariate-map';
import { fewPupils } from '../../config/benchmark';
import { LONDON, regionByCode } from '../../config/geography';
import { bivariateLegend } from '../../charts/bivariate-legend';
import { bivariateColour } from '../../charts/bivariate-palette';
import { bivariateScatter } from '../../charts/bivariate-scatter';
import type { Classification } from '../../derive/bivariate';
import {
  formatTick,
  formatValue,
  needAxisLabel,
  type MapConfig,
  type MapState,
  type View,
  type YearPayload,
} from './model';
import type { SecondVariableMeta } from '../../config/map-options';

export function legendFor(
  classification: Classification,
  absenceLabel: string,
  dep: SecondVariableMeta,
  document: Document,
  cell?: number,
): SVGSVGElement {
  const classed = classification.units.length - classification.noData.length;
  const cuts = (
    breaks: readonly [number, number] | undefined,
    format: (v: number) => string,
  ): [string, string, string] | undefined =>
    breaks && [`under ${format(breaks[0])}`, `${format(breaks[0])}–${format(breaks[1])}`, `over ${format(breaks[1])}`];
  const needCuts = cuts(classification.breaks?.need, (v) => formatValue(v, dep));
  return bivariateLegend({
    document,
    counts: classification.counts,
    noData: classification.noData.length,
    absenceLabel: `Higher ${absenceLabel.toLowerCase()}`,
    needLabel: dep.lowerIsNeed ? `Lower ${dep.short}` : `More deprived (${dep.short})`,
    axis: dep,
    note: `Each axis: thirds of the ${classed} LAs`,
    absenceCuts: cuts(classification.breaks?.absence, (v) => formatValue(v, { digits: 1, percent: true })),
    // Rows run from low to high need: for a variable where low values mark need, its thirds read in reverse.
    needCuts: needCuts && (dep.lowerIsNeed ? [needCuts[2], needCuts[1], needCuts[0]] : needCuts),
    cell,
  });
}

export function scatterFor(
  view: View,
  config: Pick<MapConfig, 'measures' | 'deps'>,
  state: Pick<MapState, 'measure' | 'dep' | 'year' | 'la'>,
  document: Document,
  width?: number,
  tooltips = true,
): SVGSVGElement {
  const measure = config.measures[state.measure];
  const dep = config.deps[state.dep];
  const points = view.rows.flatMap((r) =>
    r.cls && r.absence !== null && r.need !== null
      ? [
          {
            id: r.id,
            name: r.name,
            absence: r.absence,
            need: r.need,
            fill: bivariateColour(r.cls.absence, r.cls.need),
            cell: `${r.cls.absence}-${r.cls.need}`,
          },
        ]
      : [],
  );
  // The three highest and three lowest absence rates are named beside their dots.
  const byAbsence = [...points].sort((a, b) => b.absence - a.absence);
  const labelled = [...byAbsence.slice(0, 3), ...byAbsence.slice(-3)].map((p) => p.id);
  return bivariateScatter(points, {
    document,
    labelled,
    describe: tooltips
      ? (p) =>
          `${p.name}: ${measure.label.toLowerCase()} ${formatValue(p.absence, { digits: 1, percent: true })}; ${dep.label} ${formatValue(p.need, dep)}`
      : undefined,
    width,
    breaks: view.classification.breaks,
    selected: state.la || undefined,
    reverseX: dep.lowerIsNeed,
    xLabel: `${needAxisLabel(dep)} (${dep.percent ? '%' : 'score'})`,
    yLabel: `${measure.label} (%)`,
    formatX: (v) => formatTick(v, dep.percent),
    formatY: (v) => formatTick(v, true),
    title: `Scatterplot of ${measure.label.toLowerCase()} against ${dep.short} for ${points.length} LAs, ${state.year}, coloured by class, with dashed lines where each variable splits LAs into thirds.`,
  });
}

/** A year's boundaries, each LA styled by `styleOf` (uncoloured without it: the browser colours a view later). */
export function mapGeometry(
  payload: YearPayload,
  topology: Topology,
  options: Pick<BivariateMapOptions, 'document' | 'title' | 'width'> & { styleOf?: BivariateMapOptions['styleOf'] },
): SVGSVGElement {
  const units = payload.units.map(([id, name, , featureIds]) => ({ id, name, featureIds }));
  return bivariateMap(shapesOf(topology, units), {
    styleOf: () => unitStyle('', null, ''),
    ...options,
    macroOf: (code) => regionByCode.get(code)?.macro ?? '',
    insetIds: payload.units.filter((u) => u[2] === LONDON.code).map((u) => u[0]),
    insetLabel: LONDON.name,
  });
}

/** How each LA of a view is drawn: its class colour, macro-region and few-pupils mark. */
export function viewStyles(view: View, dep: SecondVariableMeta): (id: string) => UnitStyle {
  const byId = new Map(view.rows.map((r) => [r.id, r]));
  return (id) => {
    const row = byId.get(id);
    return unitStyle(row?.name ?? id, row?.cls ?? null, row?.macro ?? '', dep, fewPupils(row?.pupils));
  };
}
