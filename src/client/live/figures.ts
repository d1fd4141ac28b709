/**
 * Figures drawn in the browser for states that are not prerendered (FigureSpec.live), each from the
 * data its page fetches (for the state asked for). Loaded on demand by their embed only.
 */
import type { Topology } from 'topojson-specification';
import type { FigureSpec } from '../../figures/types';
import type { ComparePayload } from '../../views/compare/payload';
import { DIMENSION_IDS, SUBGROUP_CHARTS, subgroupFigureId } from '../../config/subgroups';
import type { StateSpec } from '../../lib/url-state';
import { sitePath } from '../../lib/site-path';
import type { YearPayload } from '../../views/map/model';
import type { SubgroupsPageData } from '../../views/subgroups/model';
import { fetchJson } from '../fetch-json';
import type { AreaAttendance, LatestMeta } from '../../views/latest/model';

const json = <T>(path: string): Promise<T> => fetchJson<T>(sitePath(path));

export const LIVE_FIGURES: Record<
  string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  (state: Record<string, string>, spec: StateSpec) => Promise<FigureSpec<any>>
> = {
  'compare-las': async (state) => {
    const [{ compareFigure }, payload] = await Promise.all([
      import('../../figures/compare'),
      json<ComparePayload>(`/compare/series/${state.measure}.json`),
    ]);
    return compareFigure(payload);
  },
  ...Object.fromEntries(
    (['bivariate-absence-idaci', 'bivariate-scatter'] as const).map((id) => [
      id,
      async (state: Record<string, string>, spec: StateSpec) => {
        const [{ mapFigure, mapScatterFigure }, payload] = await Promise.all([
          import('../../figures/map'),
          json<YearPayload>(`/map/data/${state.year.replace('/', '-')}.json`),
        ]);
        // The scatterplot needs no boundaries.
        const topology =
          id === 'bivariate-scatter' ? undefined : await json<Topology>(`/geo/${payload.vintage}.topo.json`);
        const data = {
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          spec: spec as any,
          provenance: payload.provenance,
          payloadOf: () => payload,
          topologyOf: () => topology!,
        };
        return id === 'bivariate-scatter' ? mapScatterFigure(data) : mapFigure(data);
      },
    ]),
  ),
  // Register attendance for any area (an LA's weekly chart or reasons), from that area's file and the overview areas'.
  ...Object.fromEntries(
    ['attendance-weekly', 'attendance-reasons'].map((id) => [
      id,
      async (state: Record<string, string>) => {
        const [{ attendanceFigures }, { OVERVIEW_CODES }, meta] = await Promise.all([
          import('../../figures/attendance'),
          import('../../views/latest/state'),
          json<LatestMeta>('/latest/areas/index.json'),
        ]);
        const areas = new Map(
          await Promise.all(
            [...new Set([state.area, ...OVERVIEW_CODES])].map(
              async (code) => [code, await json<AreaAttendance>(`/latest/areas/${code}.json`)] as const,
            ),
          ),
        );
        const figures = attendanceFigures({ ...meta, getArea: (code) => areas.get(code) });
        return id === 'attendance-weekly' ? figures.weekly : figures.reasons;
      },
    ]),
  ),
  // Each characteristic's three charts, from its own file (e.g. an LA's gaps by FSM eligibility).
  ...Object.fromEntries(
    DIMENSION_IDS.flatMap((dim) =>
      SUBGROUP_CHARTS.map((chart) => [
        subgroupFigureId(dim, chart),
        async () => {
          const [{ subgroupFigure }, { modelFromJson }, data] = await Promise.all([
            import('../../figures/subgroups'),
            import('../../views/subgroups/model'),
            json<SubgroupsPageData>(`/subgroups/data/${dim}.json`),
          ]);
          return subgroupFigure(modelFromJson(data), data.provenance, dim, chart);
        },
      ]),
    ),
  ),
};
