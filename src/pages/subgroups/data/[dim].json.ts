/** The compact JSON behind /subgroups/, one file per characteristic: the page fetches only the one it shows. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { subgroupsPageData } from '../../../views/subgroups/payload';
import { DIMENSION_IDS } from '../../../config/subgroups';

export const getStaticPaths = (() => DIMENSION_IDS.map((dim) => ({ params: { dim } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(subgroupsPageData(params.dim!)), { headers: { 'Content-Type': 'application/json' } });
