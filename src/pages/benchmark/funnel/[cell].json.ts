/**
 * The funnel plot's counts for one year and school type (/benchmark/funnel/2024-25-all.json), for the browser
 * to redraw it for the state asked for (src/client/pages/benchmark.ts): a small file per state.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { funnelData } from '../../../figures/funnel-plot';
import { funnelCellSlug } from '../../../figures/funnel-figure';

export const getStaticPaths = (() =>
  Object.keys(funnelData.cells).map((key) => {
    const [year, type] = key.split('|');
    return { params: { cell: funnelCellSlug(year, type) }, props: { key } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { key } = props as { key: string };
  const payload = { ...funnelData, cells: { [key]: funnelData.cells[key] } };
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json' } });
};
