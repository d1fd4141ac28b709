/**
 * One figure per pupil characteristic: each group's rate against all pupils (the /subgroups/ bar
 * chart), for a measure, year and place. The subgroup-<dimension>.ts files register one each.
 */
import { ENGLAND } from '../config/geography';
import { MEASURES, type Measure } from '../derive/rates';
import { subgroupView } from '../derive/subgroup-view';
import { groupRates, pageProvenance, subgroupAreas } from '../lib/subgroups-data';
import type { DimensionId } from '../lib/subgroups-dimensions';
import { groupsSvg, groupsText } from '../scripts/subgroups-render';
import { DEFAULT_MEASURE, subgroupsModel } from '../scripts/subgroups-state';
import { defineFigure } from './types';

const model = subgroupsModel(groupRates, subgroupAreas);

/** Embeds offer England, macro-regions, regions and Inner/Outer London; LAs are on the page itself. */
const EMBED_LEVELS = new Set(['National', 'Macro-region', 'Regional', 'Sub-regional']);

export function subgroupFigure(dim: DimensionId) {
  const rows = model.index.ofDimension(dim);
  const measures = MEASURES.filter((m) => rows.some((r) => r.rates[m] !== null));
  const areas = [...new Set(rows.map((r) => r.area))].filter((code) => EMBED_LEVELS.has(model.areas.get(code)?.level ?? ''));
  const state = {
    measure: { values: measures, default: measures.includes(DEFAULT_MEASURE) ? DEFAULT_MEASURE : measures[0] },
    year: { values: [...new Set(rows.map((r) => r.year))].sort(), default: '' },
    area: { values: areas, default: ENGLAND.code },
  } as const;
  const view = (s: { measure: string; year: string; area: string }) =>
    subgroupView(model.index, model.areas, { dim, measure: s.measure as Measure, year: s.year, area: s.area }, ENGLAND.code);
  return defineFigure({
    id: `subgroup-${dim}`,
    view: '/subgroups/',
    state,
    title: (s) => groupsText(view(s)).title,
    subtitle: (s) => groupsText(view(s)).subtitle,
    summary: (s) => groupsText(view(s)).summary,
    provenance: [pageProvenance],
    columns: [
      { key: 'group', label: 'Group' }, { key: 'rate', label: 'Rate (%)', numeric: true }, { key: 'pupils', label: 'Pupils', numeric: true },
      { key: 'gap', label: 'Gap to reference (pp)', numeric: true }, { key: 'ratio', label: 'Ratio to reference', numeric: true },
    ],
    rows: (s) => {
      const v = view(s);
      const round = (x: number | null, d: number) => (x === null ? null : Number(x.toFixed(d)));
      return [
        ...v.bars.map((b) => ({ group: b.group, rate: round(b.rate, 2), pupils: b.n, gap: round(b.gap.pp, 2), ratio: round(b.gap.ratio, 3) })),
        { group: 'All pupils', rate: round(v.allPupils.rate, 2), pupils: v.allPupils.n, gap: null, ratio: null },
      ];
    },
    render: (s, { document, width }) => groupsSvg(view(s), document, width) ?? document.createElementNS('http://www.w3.org/2000/svg', 'svg'),
  });
}
