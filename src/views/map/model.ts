/**
 * The map page's data model, shared by the build (no-JS render) and the browser: one year's payload
 * (/map/data/<year>.json) and the rows, classes and ranks of a view computed from it with the
 * breaks the build computed.
 */
import { fixed, NO_DATA } from '../../lib/format';
import { MACRO_REGIONS, regionByCode } from '../../config/geography';
import {
  classify,
  classLabel,
  summaryText,
  type BivariateClass,
  type Breaks,
  type Classification,
} from '../../derive/bivariate';
import type { Rank } from '../../derive/rank';
import type { MapLabels, MeasureMeta, NeedAxis, SecondVariableMeta } from '../../config/map-options';
import type { Provenance } from '../../lib/provenance';
import type { StateSpec } from '../../lib/url-state';
import { FEW_PUPILS } from '../../config/benchmark';

export interface YearPayload {
  year: string;
  vintage: string;
  /** [id, name, region code, feature ids] per map unit. */
  units: [string, string, string, string[]][];
  /** "measure|type" -> value per unit (%). */
  absence: Record<string, (number | null)[]>;
  /** dep -> value per unit. */
  need: Record<string, (number | null)[]>;
  /** "measure|type|dep" -> [absence breaks, deprivation breaks], null when too few units. */
  breaks: Record<string, [Breaks, Breaks] | null>;
  /** type -> pupils per unit (LAs resting on few pupils are marked). */
  pupils: Record<string, (number | null)[]>;
  /** type -> persistent absence against England's funnel plot limits per unit: 0 below, 1 within, 2 above; null off the plot. */
  vsEngland: Record<string, (number | null)[]>;
  /** Where every value comes from (for the CSV of a state drawn in the browser). */
  provenance: Provenance[];
}

/** The funnel plot classes in the order YearPayload.vsEngland numbers them. */
export const VS_ENGLAND = ['below', 'within', 'above'] as const;
/** Short words for the map table and tooltip. */
export const VS_ENGLAND_WORDS = ['Significantly lower', 'Not significantly different', 'Significantly higher'] as const;

export interface MapConfig extends MapLabels {
  spec: StateSpec;
  /** "2023/24" -> "2023-24" (file names). */
  yearSlugs: Record<string, string>;
  /** Unit id -> profile links (one per LA it shows). */
  profiles: Record<string, { name: string; href: string }[]>;
}

/** A type alias (not an interface) so it is assignable to url-state's string records. */
export type MapState = {
  measure: string;
  type: string;
  year: string;
  dep: string;
  la: string;
  /** Macro-region emphasised on the map, or '' for none. */
  emph: string;
  /** '' for the map tab, 'scatter' for the scatterplot tab. */
  tab: string;
};

export interface ViewRow {
  id: string;
  name: string;
  featureIds: string[];
  regionCode: string;
  regionName: string;
  macro: string;
  absence: number | null;
  need: number | null;
  cls: BivariateClass | null;
  absenceRank: Rank | null;
  needRank: Rank | null;
  pupils: number | null;
  /** Index into VS_ENGLAND, null when not on the funnel plot. */
  vsEngland: number | null;
}

export interface View {
  rows: ViewRow[];
  classification: Classification;
}

export function viewOf(payload: YearPayload, state: Pick<MapState, 'measure' | 'type' | 'dep'>, dep: NeedAxis): View {
  const absence = payload.absence[`${state.measure}|${state.type}`] ?? [];
  const need = payload.need[state.dep] ?? [];
  const breaks = payload.breaks[`${state.measure}|${state.type}|${state.dep}`];
  const classification = classify(
    payload.units.map(([id], i) => ({ id, absence: absence[i] ?? null, need: need[i] ?? null })),
    { breaks: breaks ? { absence: breaks[0], need: breaks[1] } : null, lowerIsNeed: dep.lowerIsNeed },
  );
  const rows = payload.units.map(([id, name, regionCode, featureIds], i) => {
    const region = regionByCode.get(regionCode);
    const c = classification.units[i];
    return {
      id,
      name,
      featureIds,
      regionCode,
      regionName: region?.name ?? '',
      macro: region?.macro ?? '',
      absence: c.absence,
      need: c.need,
      cls: c.cls,
      absenceRank: c.absenceRank,
      needRank: c.needRank,
      pupils: payload.pupils?.[state.type]?.[i] ?? null,
      vsEngland: payload.vsEngland?.[state.type]?.[i] ?? null,
    };
  });
  return { rows, classification };
}

/** "7.6% of possible sessions missed" for percentages (units start with "%"), "48.2 (average Attainment 8 …)" otherwise. */
export const withUnit = (v: number | null, meta: MeasureMeta): string =>
  v === null
    ? NO_DATA
    : meta.percent
      ? `${fixed(v, meta.digits)}${meta.unit}`
      : `${fixed(v, meta.digits)} (${meta.unit})`;

export const formatValue = (v: number | null, meta: Pick<MeasureMeta, 'digits' | 'percent'>): string =>
  v === null ? NO_DATA : `${fixed(v, meta.digits)}${meta.percent ? '%' : ''}`;

/** An axis tick with as many decimals as it has (7.5% not 8%), at most 3. */
export const formatTick = (v: number, percent: boolean): string =>
  formatValue(v, { digits: Math.min(3, (String(v).split('.')[1] ?? '').length), percent });

/** A scatterplot dot's tooltip: "Knowsley: overall absence 8.6%; child income deprivation 30.3% of children". */
export const scatterTip = (
  p: { name: string; absence: number | null; need: number | null },
  measure: MeasureMeta,
  dep: SecondVariableMeta,
): string =>
  `${p.name}: ${measure.label.toLowerCase()} ${formatValue(p.absence, measure)}; ${dep.topic} ${p.need === null ? NO_DATA : `${fixed(p.need, dep.digits)}${dep.shortUnit}`}`;

/** The facts shown for one LA in the tooltip and the selection panel. */
export function describeRow(row: ViewRow, config: MapConfig, state: MapState): string[] {
  const measure = config.measures[state.measure];
  const dep = config.deps[state.dep];
  const of = (rank: Rank | null, what: string) =>
    rank === null ? '' : `, rank ${rank.rank} of ${rank.of} (1 = ${what})`;
  return [
    `${row.regionName}, ${state.year}`,
    `${measure.label}: ${withUnit(row.absence, measure)}${of(row.absenceRank, 'highest')}`,
    `${sentenceStart(dep.short)}: ${withUnit(row.need, dep)}${of(row.needRank, dep.rankNote)}`,
    `Class: ${classLabel(row.cls, dep)}`,
    ...(row.vsEngland === null
      ? []
      : [
          `Persistent absence: ${VS_ENGLAND_WORDS[row.vsEngland].toLowerCase()} than England (funnel plot)`.replace(
            'different than',
            'different from',
          ),
        ]),
    ...(row.pupils !== null && row.pupils < FEW_PUPILS
      ? [`Rests on ${row.pupils.toLocaleString('en-GB')} pupils: read with care`]
      : []),
  ];
}

export const mapTitle = (measureLabel: string, dep: SecondVariableMeta, year: string) =>
  `${measureLabel} and ${dep.topic} by local authority, ${year}`;

export const scatterTitle = (measureLabel: string, dep: SecondVariableMeta, year: string) =>
  `${measureLabel} against ${dep.short}, every local authority, ${year}`;

/** A label inside a sentence: "School readiness" -> "school readiness"; names stay ("IDACI", "Attainment 8"). */
const inSentence = (label: string) =>
  /^[A-Z][a-z]+\b(?! \d)/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;

export const mapSubtitle = (measureLabel: string, schoolLabel: string, dep: SecondVariableMeta) =>
  `Each LA coloured by which third of LAs it falls in (one of three equal groups) for ${measureLabel.toLowerCase()} (${schoolLabel.toLowerCase()}) and for ${inSentence(dep.label)}${dep.lowerIsNeed ? ', where the lowest third counts as high need' : ''}; the legend gives each third's range. London enlarged in the inset.`;

/** "child income deprivation (IDACI 2019)" -> "Child income deprivation (IDACI 2019)", at the start of a line. */
export const sentenceStart = (label: string) => label[0].toUpperCase() + label.slice(1);

/** The line under the table: units and what rank 1 means. */
export const tableUnitsNote = (measure: MeasureMeta, dep: SecondVariableMeta) =>
  `${measure.label}: ${measure.unit}; ${inSentence(dep.column)}: ${dep.unit}. Rank 1 = highest absence / ${dep.rankNote}; equal values share a rank.`;

/** The pattern in one sentence (how many LAs per macro-region are high on both), for the page and the figure. */
export function mapSummary(view: View, labels: MapLabels, state: Pick<MapState, 'measure' | 'year' | 'dep'>): string {
  const dep = labels.deps[state.dep];
  return summaryText({
    year: state.year,
    absenceLabel: labels.measures[state.measure].label,
    needLabel: dep.short,
    lowerIsNeed: dep.lowerIsNeed,
    macros: MACRO_REGIONS,
    units: view.rows,
  });
}
