/**
 * The words and drawings of the subgroups figures for one view: titles, summaries, data tables and chart SVGs.
 * The registered figures (src/figures/subgroups.ts) are made of them, and the page, its redraws and the embeds
 * show those figures.
 */
import { clearLeader, findingTitle, gapChangeFinding, subtitleLead } from '../../derive/finding-title';
import { areaPhrase } from '../../derive/trend-text';
import { groupBars } from '../../charts/group-bars';
import { gapTrend } from '../../charts/gap-trend';
import { gapPlaces } from '../../charts/gap-places';
import { fixed, int, NO_DATA, pct, pp, round } from '../../lib/format';
import { MEASURE_LABELS, MEASURE_UNITS } from '../../config/measures';
import type { SubgroupView } from '../../derive/subgroup-view';
import { groupMidSentence, SMALL_GROUP, SMALL_PLACE, type Dimension, type SourceBreak } from '../../config/subgroups';
import { COVID_CAVEAT, COVID_CAVEAT_YEAR, FIRST_YEAR } from '../../config/periods';
import { LEVEL_NAMES } from './coverage';

export interface FigureText {
  title: string;
  subtitle: string;
  summary: string;
  table: { columns: { label: string; numeric?: boolean }[]; rows: string[][] };
}

/** Pupils behind a rate, flagged when the group is too small for a precise rate. */
const pupils = (n: number | null, small: boolean) =>
  `${n === null ? 'not published' : int(n)}${small ? ' (small group: imprecise)' : ''}`;
const ratio = (r: number | null) => (r === null ? NO_DATA : `${fixed(r, 2)}×`);

function note(b: SubgroupView['bars'][number], view: SubgroupView): string {
  if (b.rate === null) return 'no data for this measure';
  if ((view.dimension.notCompared as readonly string[]).includes(b.group)) return 'not compared in the summary';
  if (b.small)
    return b.n === null
      ? `published rate in a place of fewer than ${SMALL_PLACE} pupils: imprecise`
      : `fewer than ${SMALL_GROUP} pupils: imprecise`;
  return b.published ? 'published rate; pupil numbers not published' : '';
}

/** Title, subtitle, summary and table of the group bars (no drawing: also used by the figure registry). */
export function groupsText(view: SubgroupView): FigureText {
  const measure = MEASURE_LABELS[view.measure];
  const neutral = `${measure} by ${view.dimension.midSentence}, ${view.areaName}, ${view.year}`;
  // Only groups compared at their published rate can lead: not residuals, not groups too small to be precise.
  const top = clearLeader(
    view.bars.filter((b) => !b.residual && !b.small).map((b) => ({ name: b.group, value: b.rate })),
  );
  const finding = top && `${measure} was highest for ${top.name} in ${areaPhrase(view.areaName)} in ${view.year}`;
  return {
    title: findingTitle(finding, neutral),
    subtitle: `${subtitleLead(finding, neutral)}${MEASURE_UNITS[view.measure]}. ${view.dimension.reference ? 'Dark grey bar: reference group; ' : ''}dashed line: all pupils; hollow dashed bars: fewer than ${SMALL_GROUP} pupils${view.bars.some((b) => b.residual) ? '; light grey, last: pupils with no recorded characteristic (not compared, never setting the scale)' : ''}.`,
    summary:
      `Bar chart of ${measure.toLowerCase()} for ${view.bars.length} groups: ` +
      view.bars.map((b) => `${b.group} ${pct(b.rate)}`).join(', ') +
      `; all pupils ${pct(view.allPupils.rate)}.`,
    table: {
      columns: [
        { label: 'Group' },
        { label: `${measure} (%)`, numeric: true },
        { label: 'Pupils', numeric: true },
        { label: `Gap to ${groupMidSentence(view.referenceLabel)} (pp)`, numeric: true },
        { label: 'Ratio', numeric: true },
        { label: 'Note' },
      ],
      rows: [
        ...view.bars.map((b) => [
          b.group,
          fixed(b.rate),
          b.n === null ? 'not published' : int(b.n),
          fixed(b.gap.pp),
          ratio(b.gap.ratio),
          note(b, view),
        ]),
        [
          'All pupils',
          fixed(view.allPupils.rate),
          view.allPupils.n === null ? 'not published' : int(view.allPupils.n),
          '',
          '',
          'reference line',
        ],
      ],
    },
  };
}

export const groupsSvg = (view: SubgroupView, document: Document, width?: number) =>
  drawn.groups(view)
    ? groupBars(view.bars, {
        document,
        width,
        xLabel: `${MEASURE_LABELS[view.measure]} (%)`,
        allPupils: { label: 'All pupils', value: view.allPupils.rate },
      })
    : null;

/** Years in which the gap over time has a value: its notes follow what is drawn. */
const drawnYears = (view: SubgroupView) => [...new Set(view.trend.filter((t) => t.value !== null).map((t) => t.year))];

const trendSeries = (view: SubgroupView) => ({
  groups: [...new Set(view.trend.map((t) => t.series))],
  years: [...new Set(view.trend.map((t) => t.year))],
});

/** The dimension's source break when the years shown lie on both sides of it. */
export function breakWithin(dimension: Dimension, years: readonly string[]): SourceBreak | undefined {
  const cut = dimension.sourceBreak;
  return cut && years.some((y) => y <= cut.after) && years.some((y) => y > cut.after) ? cut : undefined;
}

/** The source break inside the years shown, as a sentence for the subtitle and table ('' when the years keep to one side). */
export function sourceBreakText(dimension: Dimension, years: readonly string[]): string {
  const cut = breakWithin(dimension, years);
  return cut
    ? ` A dashed grey rule ("${cut.label}") marks a source break after ${cut.after}: ${cut.note}; compare across it with care.`
    : '';
}

/** Persistent absence before 2015/16 is DfE's recalculation at the 10% threshold its headline figures then did not use. */
const persistentNote = (view: SubgroupView, years: readonly string[]) =>
  view.measure === 'persistent' && years.some((y) => y < FIRST_YEAR)
    ? ` Persistent absence is at the 10% threshold in every year shown (DfE's recalculation before ${FIRST_YEAR}, when its headline figures used about 15%).`
    : '';

/** A year's note in the gap table and CSV: the first year after a source break, the COVID year, recalculated thresholds. */
export function trendYearNote(view: SubgroupView, year: string): string {
  const years = drawnYears(view);
  const cut = breakWithin(view.dimension, years);
  if (!years.includes(year)) return '';
  return [
    cut && year === years.find((y) => y > cut.after)
      ? `first year after the source break (${cut.label.toLowerCase()})`
      : '',
    year === COVID_CAVEAT_YEAR ? 'excludes COVID-related non-attendance: compare with care' : '',
    view.measure === 'persistent' && year < FIRST_YEAR ? '10% threshold, recalculated by DfE' : '',
  ]
    .filter(Boolean)
    .join('; ');
}

/** Said when 2020/21 is shown. */
const covidNote = (years: readonly string[]) => (years.includes(COVID_CAVEAT_YEAR) ? ` ${COVID_CAVEAT}` : '');

/** "The gap in persistent absence between Any SEN and No SEN" (the focus group and the reference). */
const gapSubject = (view: SubgroupView) =>
  `The gap in ${MEASURE_LABELS[view.measure].toLowerCase()} between ${view.focus!.group} and ${groupMidSentence(view.referenceLabel)}`;

/**
 * "The gap in persistent absence between Any SEN and No SEN in England widened from 8.2 pp in 2015/16 to 14.1 pp
 * in 2022/23": the focus group's gap at the ends of its line, on the later side of a source break.
 */
export function trendFinding(view: SubgroupView): string | null {
  if (!view.focus) return null;
  const cut = view.dimension.sourceBreak?.after;
  const points = view.trend.filter((t) => t.series === view.focus!.group);
  const later =
    cut && points.some((p) => p.year > cut && p.value !== null) ? points.filter((p) => p.year > cut) : points;
  return gapChangeFinding(`${gapSubject(view)} in ${areaPhrase(view.areaName)}`, later);
}

/** Title, subtitle, summary and table of the gap over time (no drawing). */
export function trendText(view: SubgroupView): FigureText {
  const { groups, years } = trendSeries(view);
  const value = (year: string, group: string) =>
    view.trend.find((t) => t.year === year && t.series === group)?.value ?? null;
  const neutral = `Gap to ${groupMidSentence(view.referenceLabel)} over time, ${MEASURE_LABELS[view.measure].toLowerCase()}, ${view.areaName}`;
  const finding = trendFinding(view);
  return {
    title: findingTitle(finding, neutral),
    subtitle: `${subtitleLead(finding, neutral)}Percentage points; ${groups.length === 1 ? 'the group' : `the ${groups.length} groups`} with the widest gap in ${view.year}. Breaks are years with no published data.${sourceBreakText(view.dimension, drawnYears(view))}${persistentNote(view, drawnYears(view))}${covidNote(drawnYears(view))}`,
    summary:
      `Line chart of the gap in ${MEASURE_LABELS[view.measure].toLowerCase()} to ${view.referenceLabel}, ${years[0] ?? ''} to ${years[years.length - 1] ?? ''}: ` +
      groups.map((g) => `${g} ${years.map((y) => `${y} ${pp(value(y, g))}`).join(', ')}`).join('; ') +
      '.',
    table: {
      columns: [
        { label: 'Academic year' },
        ...groups.map((g) => ({ label: `${g}: gap (pp)`, numeric: true })),
        { label: 'Note' },
      ],
      rows: years.map((y) => [y, ...groups.map((g) => fixed(value(y, g))), trendYearNote(view, y)]),
    },
  };
}

/** Whether each chart has something to draw (a single place or year compares nothing). */
export const drawn = {
  groups: (view: SubgroupView) => view.bars.length > 0,
  trend: (view: SubgroupView) => trendSeries(view).groups.length > 0 && trendSeries(view).years.length > 1,
  places: (view: SubgroupView) => chartedPlaces(view).length > 1,
};

export function trendSvg(view: SubgroupView, document: Document, width?: number) {
  return drawn.trend(view)
    ? gapTrend(view.trend, {
        document,
        width,
        referenceLabel: view.referenceLabel,
        sourceBreak: breakWithin(view.dimension, drawnYears(view)),
      })
    : null;
}

/** England and the regions (the chart); the table lists local authorities too. */
const chartedPlaces = (view: SubgroupView) => view.places.filter((p) => p.level !== 'Local authority');

/**
 * "The gap in persistent absence between Any SEN and No SEN was widest in the South East in 2022/23": the region
 * (a like-for-like level) whose gap is clearly the largest once rounded, when the gap lies the same way in every region.
 */
export function placesFinding(view: SubgroupView): string | null {
  const regions = view.places.filter((p) => p.level === 'Regional' && p.gap.pp !== null);
  const sides = new Set(regions.map((p) => Math.sign(round(p.gap.pp!))));
  if (!view.focus || sides.size !== 1 || sides.has(0)) return null;
  const widest = clearLeader(regions.map((p) => ({ name: p.name, value: Math.abs(p.gap.pp!) })));
  return widest && `${gapSubject(view)} was widest in ${areaPhrase(widest.name)} in ${view.year}`;
}

/** Title, subtitle, summary and table of the gap by place (no drawing). */
export function placesText(view: SubgroupView): FigureText {
  const focus = view.focus?.group ?? '';
  const charted = chartedPlaces(view);
  const levels = [...new Set(view.places.map((p) => LEVEL_NAMES[p.level] ?? p.level))];
  const onlyEngland = view.places.every((p) => p.level === 'National');
  const neutral = `${focus} and ${groupMidSentence(view.referenceLabel)} by place, ${MEASURE_LABELS[view.measure].toLowerCase()}, ${view.year}`;
  const finding = placesFinding(view);
  return {
    title: findingTitle(finding, neutral),
    subtitle: !onlyEngland
      ? `${subtitleLead(finding, neutral)}Published for ${levels.join(', ')}. The chart shows England and its regions where published; the table lists every place.`
      : view.placeYears.length
        ? `Published for England only in ${view.year}. By place, this comparison is published for ${view.placeYears.join(', ')}.`
        : 'Published for England only: no breakdown by place.',
    summary:
      `Dumbbell chart for ${charted.length} places: ` +
      charted.map((p) => `${p.name} ${pct(p.focus)} against ${pct(p.reference)}`).join(', ') +
      '.',
    table: {
      columns: [
        { label: 'Place' },
        { label: 'Level' },
        { label: `${focus} (%)`, numeric: true },
        { label: `${focus}: pupils`, numeric: true },
        { label: `${view.referenceLabel} (%)`, numeric: true },
        { label: 'Gap (pp)', numeric: true },
        { label: 'Ratio', numeric: true },
      ],
      rows: view.places.map((p) => [
        p.name,
        p.level,
        fixed(p.focus),
        pupils(p.focusN, p.small),
        fixed(p.reference),
        fixed(p.gap.pp),
        ratio(p.gap.ratio),
      ]),
    },
  };
}

export const NO_CHART = 'Not enough published data to draw this chart.';

/** Why a chart is not drawn: a single place compares nothing (the table still has its figures). */
export const noChartReason = (view: SubgroupView): string =>
  chartedPlaces(view).length === 1
    ? `Published for ${chartedPlaces(view)[0].name} only here, so there is nothing to compare by place: its figures are in the table.`
    : NO_CHART;

/** No chart for a single place (England only): one dumbbell compares nothing; the table and text say it. */
export function placesSvg(view: SubgroupView, document: Document, width?: number) {
  return drawn.places(view)
    ? gapPlaces(chartedPlaces(view), {
        document,
        width,
        xLabel: `${MEASURE_LABELS[view.measure]} (%)`,
        focusLabel: view.focus?.group ?? '',
        referenceLabel: view.referenceLabel,
      })
    : null;
}
