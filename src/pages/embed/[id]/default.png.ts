import type { APIRoute, GetStaticPaths } from 'astro';
import { figureVariants, variantPng, type FigureVariant } from '../../../figures/kit/files';

export const getStaticPaths = (() =>
  figureVariants()
    .filter((v) => v.key === 'default')
    .map((v) => ({ params: { id: v.spec.id }, props: { v } }))) satisfies GetStaticPaths;

/**
 * PNG (2x) of the default state, rendered at build time for downloads without JavaScript.
 * Other states are converted from their prerendered SVG in the browser (src/client/svg-to-png.ts).
 */
export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(variantPng((props as { v: FigureVariant }).v)), {
    headers: { 'Content-Type': 'image/png' },
  });
