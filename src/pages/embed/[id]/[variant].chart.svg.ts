import type { APIRoute, GetStaticPaths } from 'astro';
import { figureVariants, variantChart, type FigureVariant } from '../../../figures/kit/files';

export const getStaticPaths = (() =>
  figureVariants().map((v) => ({ params: { id: v.spec.id, variant: v.key }, props: { v } }))) satisfies GetStaticPaths;

/** The chart alone, swapped into the embed page when its URL asks for a non-default state. */
export const GET: APIRoute = ({ props }) =>
  new Response(variantChart((props as { v: FigureVariant }).v).markup, {
    headers: { 'Content-Type': 'image/svg+xml' },
  });
