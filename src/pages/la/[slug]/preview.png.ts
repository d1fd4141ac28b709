/** An LA profile's preview image when its link is shared (og:image): its overall absence chart, as downloaded, at 1x. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { laDirectory, type LaInfo } from '../../../derive/la-directory';
import laTrend, { previewState } from '../../../figures/la-trend';
import { variantKey } from '../../../figures/kit/variants';
import { variantSvg } from '../../../figures/kit/files';
import { svgToPng } from '../../../figures/kit/png';

export const getStaticPaths = (() =>
  laDirectory.map((la) => ({ params: { slug: la.slug }, props: { la } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const state = previewState((props as { la: LaInfo }).la.code);
  const svg = variantSvg({ spec: laTrend, key: variantKey(laTrend.state, state), state });
  return new Response(new Uint8Array(svgToPng(svg, 1)), { headers: { 'Content-Type': 'image/png' } });
};
