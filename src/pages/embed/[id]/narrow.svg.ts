import type { APIRoute, GetStaticPaths } from 'astro';
import { serverDocument } from '../../../charts/ssr';
import { NARROW_CHART_WIDTH } from '../../../config/chart-widths';
import { FIGURES } from '../../../figures/index';
import type { FigureSpec } from '../../../figures/types';
import { renderChart } from '../../../figures/kit/export';
import { defaultState } from '../../../figures/kit/variants';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Props = { spec: FigureSpec<any> };

export const getStaticPaths = (() =>
  FIGURES.map((spec) => ({ params: { id: spec.id }, props: { spec } }))) satisfies GetStaticPaths;

/** The default state's chart drawn for a phone's column, swapped in on phones instead of drawing it there (src/client/narrow-charts.ts). */
export const GET: APIRoute = ({ props }) => {
  const { spec } = props as Props;
  const chart = renderChart(spec, defaultState(spec.state), { document: serverDocument(), width: NARROW_CHART_WIDTH });
  return new Response(chart.markup, { headers: { 'Content-Type': 'image/svg+xml' } });
};
