import type { APIRoute, GetStaticPaths } from 'astro';
import { FIGURES } from '../../../figures/index';
import { builtFigureMeta } from '../../../figures/kit/files';

export const getStaticPaths = (() =>
  FIGURES.map((spec) => ({ params: { id: spec.id }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(builtFigureMeta(props.spec)), { headers: { 'Content-Type': 'application/json' } });
