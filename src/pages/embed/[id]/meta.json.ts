import type { APIRoute, GetStaticPaths } from 'astro';
import { FIGURES } from '../../../figures/index';
import { figureMeta } from '../../../figures/kit/meta';

export const getStaticPaths = (() => FIGURES.map((spec) => ({ params: { id: spec.id }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(figureMeta(props.spec)), { headers: { 'Content-Type': 'application/json' } });
