/**
 * The /subgroups/ charts as figures, three per pupil characteristic, for a measure, year and place:
 * each group against all pupils (subgroup-<dim>), the gap over time (subgroup-<dim>-trend) and the gap
 * by place (subgroup-<dim>-places), each its page's chart, with the page's table (views/subgroups/render.ts).
 * Browser-safe: the build makes them from all the data, an embed or download from one characteristic's file.
 */
import { svgEl } from '../charts/svg';
import { ENGLAND } from '../config/geography';
import { MEASURES, type Measure } from '../config/measures';
import { subgroupView, type SubgroupView } from '../derive/subgroup-view';
import type { Provenance } from '../lib/provenance';
import { subgroupFigureId, subgroupPath, type DimensionId, type SubgroupChart } from '../config/subgroups';
import {
  drawn,
  groupsSvg,
  groupsText,
  NO_CHART,
  noChartReason,
  placesSvg,
  placesText,
  trendSvg,
  trendText,
  trendYearNote,
} from '../views/subgroups/render';
import { DEFAULT_MEASURE, type SubgroupsModel } from '../views/subgroups/model';
import { defineFigure, type FigureColumn, type FigureRow } from './types';

/** States prerendered for embeds and downloads: England, macro-regions, regions, Inner/Outer London (an LA's are drawn in the browser). */
const PRERENDERED_LEVELS = new Set(['National', 'Macro-region', 'Regional', 'Sub-regional']);

/** Said in the chart itself, so a page, embed or download never shows a blank chart; sized to read at full size on a phone. */
export function noChart(document: Document, message = NO_CHART): SVGSVGElement {
  const lines = message.split(' ').reduce<string[]>((acc, word) => {
    const last = acc.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= 44) acc[acc.length - 1] = `${last} ${word}`;
    else acc.push(word);
    return acc;
  }, []);
  const height = 12 + lines.length * 20;
  const svg = svgEl(document, 'svg', {
    width: 350,
    height,
    viewBox: `0 0 350 ${height}`,
    'font-family': 'system-ui, sans-serif',
    'font-size': 14,
    class: 'no-chart',
  });
  // The page's text colour (readable in both themes); black in a standalone file.
  lines.forEach((line, i) => svg.append(svgEl(document, 'text', { x: 0, y: 22 + i * 20, fill: 'currentColor' }, line)));
  return svg;
}

const num = (key: string, label: string, digits?: number): FigureColumn => ({ key, label, numeric: true, digits });

interface Chart {
  text: typeof groupsText;
  svg(view: SubgroupView, document: Document, width?: number): SVGSVGElement | HTMLElement | null;
  columns: FigureColumn[];
  rows(view: SubgroupView): FigureRow[];
}

const CHART_PARTS: Record<SubgroupChart, Chart> = {
  groups: {
    text: groupsText,
    svg: groupsSvg,
    columns: [
      { key: 'group', label: 'Group' },
      num('rate', 'Rate (%)'),
      num('pupils', 'Pupils'),
      num('gap', 'Gap to reference (pp)'),
      num('ratio', 'Ratio to reference', 2),
    ],
    rows: (v) => [
      ...v.bars.map((b) => ({ group: b.group, rate: b.rate, pupils: b.n, gap: b.gap.pp, ratio: b.gap.ratio })),
      { group: 'All pupils', rate: v.allPupils.rate, pupils: v.allPupils.n, gap: null, ratio: null },
    ],
  },
  trend: {
    text: trendText,
    svg: trendSvg,
    columns: [
      { key: 'year', label: 'Academic year' },
      { key: 'group', label: 'Group' },
      { key: 'reference', label: 'Reference' },
      num('gap', 'Gap to reference (pp)'),
      { key: 'note', label: 'Note' },
    ],
    rows: (v) =>
      v.trend.map((t) => ({
        year: t.year,
        group: t.series,
        reference: v.referenceLabel,
        gap: t.value,
        note: trendYearNote(v, t.year),
      })),
  },
  places: {
    text: placesText,
    svg: placesSvg,
    columns: [
      { key: 'code', label: 'Area code' },
      { key: 'place', label: 'Place' },
      { key: 'level', label: 'Level' },
      { key: 'group', label: 'Group' },
      num('rate', 'Group rate (%)'),
      num('pupils', 'Group pupils'),
      { key: 'reference', label: 'Reference' },
      num('referenceRate', 'Reference rate (%)'),
      num('gap', 'Gap to reference (pp)'),
      num('ratio', 'Ratio to reference', 2),
    ],
    rows: (v) =>
      v.places.map((p) => ({
        code: p.code,
        place: p.name,
        level: p.level,
        group: v.focus?.group ?? '',
        rate: p.focus,
        pupils: p.focusN,
        reference: v.referenceLabel,
        referenceRate: p.reference,
        gap: p.gap.pp,
        ratio: p.gap.ratio,
      })),
  },
};

export function subgroupFigure(model: SubgroupsModel, provenance: Provenance, dim: DimensionId, chart: SubgroupChart) {
  const rows = model.index.ofDimension(dim);
  const measures = MEASURES.filter((m) => rows.some((r) => r.rates[m] !== null));
  const areas = [...new Set(rows.map((r) => r.area))].filter((code) => model.areas.has(code));
  const state = {
    measure: { values: measures, default: measures.includes(DEFAULT_MEASURE) ? DEFAULT_MEASURE : measures[0] },
    year: { values: [...new Set(rows.map((r) => r.year))].sort(), default: '' },
    // Every place the page offers, so an LA's state is recognised (and drawn live), never taken for England.
    area: {
      values: areas,
      default: ENGLAND.code,
      prerender: areas.filter((code) => PRERENDERED_LEVELS.has(model.areas.get(code)!.level)),
    },
  } as const;
  const views = new Map<string, SubgroupView>();
  const view = (s: { measure: string; year: string; area: string }) => {
    const key = `${s.measure}|${s.year}|${s.area}`;
    if (!views.has(key))
      views.set(
        key,
        subgroupView(
          model.index,
          model.areas,
          { dim, measure: s.measure as Measure, year: s.year, area: s.area },
          ENGLAND.code,
        ),
      );
    return views.get(key)!;
  };
  const { text, svg, columns, rows: rowsOf } = CHART_PARTS[chart];
  return defineFigure({
    id: subgroupFigureId(dim, chart),
    view: subgroupPath(dim),
    state,
    title: (s) => text(view(s)).title,
    subtitle: (s) => text(view(s)).subtitle,
    summary: (s) => text(view(s)).summary,
    provenance: [provenance],
    live: true,
    columns,
    rows: (s) => rowsOf(view(s)),
    table: (s) => text(view(s)).table,
    empty: (s) => (drawn[chart](view(s)) ? null : noChartReason(view(s))),
    render: (s, { document, width }) => svg(view(s), document, width) ?? noChart(document, noChartReason(view(s))),
  });
}
