import type { APIRoute, GetStaticPaths } from 'astro';
import { figureVariants, variantSvg, type FigureVariant } from '../../../figures/kit/files';

export const getStaticPaths = (() =>
  figureVariants().map((v) => ({ params: { id: v.spec.id, variant: v.key }, props: { v } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(variantSvg((props as { v: FigureVariant }).v), { headers: { 'Content-Type': 'image/svg+xml' } });
