/**
 * Figures drawn in the browser for states that are not prerendered (FigureSpec.live), each from the
 * data its page fetches (for the state asked for). Loaded on demand by their embed only.
 */
import type { Topology } from 'topojson-specification';
import type { FigureSpec } from '../../figures/types';
import type { ComparePayload } from '../../lib/compare-data';
import { DIMENSION_IDS, SUBGROUP_CHARTS, subgroupFigureId } from '../../lib/subgroups-dimensions';
import type { StateSpec } from '../../lib/url-state';
import type { YearPayload } from '../../views/map/model';
import type { SubgroupsPageData } from '../../views/subgroups/model';
import { fetchJson } from '../fetch-json';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const LIVE_FIGURES: Record<string, (state: Record<string, string>, spec: StateSpec) => Promise<FigureSpec<any>>> = {
  'compare-las': async () => {
    const [{ compareFigure }, payload] = await Promise.all([import('../../figures/compare'), fetchJson<ComparePayload>('/compare/series.json')]);
    return compareFigure(payload);
  },
  'bivariate-absence-idaci': async (state, spec) => {
    const [{ mapFigure }, payload] = await Promise.all([
      import('../../figures/map'), fetchJson<YearPayload>(`/map/data/${state.year.replace('/', '-')}.json`),
    ]);
    const topology = await fetchJson<Topology>(`/geo/${payload.vintage}.topo.json`);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return mapFigure({ spec: spec as any, provenance: payload.provenance, payloadOf: () => payload, topologyOf: () => topology });
  },
  // Each characteristic's three charts, from its own file (e.g. an LA's gaps by FSM eligibility).
  ...Object.fromEntries(DIMENSION_IDS.flatMap((dim) => SUBGROUP_CHARTS.map((chart) => [subgroupFigureId(dim, chart), async () => {
    const [{ subgroupFigure }, { modelFromJson }, data] = await Promise.all([
      import('../../figures/subgroups'), import('../../views/subgroups/model'), fetchJson<SubgroupsPageData>(`/subgroups/data/${dim}.json`),
    ]);
    return subgroupFigure(modelFromJson(data), data.provenance, dim, chart);
  }]))),
};
