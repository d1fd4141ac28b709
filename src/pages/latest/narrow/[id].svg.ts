/**
 * /latest/narrow/<figure>.svg: each /latest/ chart in its default state drawn for a phone's column (358 px), so phones
 * swap it in (text stays legible) without loading the chart code; other states are drawn in the browser.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { registerAttendanceFigures } from '../../../figures/register-attendance';
import attendanceMap from '../../../figures/attendance-map';
import { renderChart } from '../../../figures/kit/export';
import { defaultState } from '../../../figures/kit/variants';
import { serverDocument } from '../../../charts/ssr';
import { NARROW_WIDTH } from '../../../views/latest/state';

export const getStaticPaths = (() =>
  [...Object.values(registerAttendanceFigures), attendanceMap].map((spec) => ({
    params: { id: spec.id },
    props: { spec },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const spec = (props as { spec: any }).spec;
  return new Response(
    renderChart(spec, defaultState(spec.state), { document: serverDocument(), width: NARROW_WIDTH }).markup,
    { headers: { 'Content-Type': 'image/svg+xml' } },
  );
};
