/**
 * /map/data/<year>.json: one year's unit values and build-computed tertile breaks for every
 * measure x school type x deprivation measure. The map page fetches it lazily to re-colour.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { state, yearPayload } from '../../../figures/bivariate-absence-idaci';

export const getStaticPaths = (() =>
  state.year.values.map((year) => ({
    params: { year: year.replace('/', '-') },
    props: { year },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(yearPayload((props as { year: string }).year)), {
    headers: { 'Content-Type': 'application/json' },
  });
