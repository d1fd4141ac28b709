import type { APIRoute, GetStaticPaths } from 'astro';
import { figureVariants, variantCsv, type FigureVariant } from '../../../figures/kit/files';

export const getStaticPaths = (() =>
  figureVariants().map((v) => ({ params: { id: v.spec.id, variant: v.key }, props: { v } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(variantCsv((props as { v: FigureVariant }).v), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
