import type { APIRoute, GetStaticPaths } from 'astro';
import { figureVariants, variantChartSvg, type FigureVariant } from '../../../lib/figure-files';

export const getStaticPaths = (() =>
  figureVariants().map((v) => ({ params: { id: v.spec.id, variant: v.key }, props: { v } }))) satisfies GetStaticPaths;

/** The chart alone, swapped into the embed page when its URL asks for a non-default state. */
export const GET: APIRoute = ({ props }) => {
  const markup = variantChartSvg((props as { v: FigureVariant }).v).replace(/^<svg /, '<svg xmlns="http://www.w3.org/2000/svg" ');
  return new Response(markup, { headers: { 'Content-Type': 'image/svg+xml' } });
};
