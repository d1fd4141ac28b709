/** /geo/<vintage>.topo.json: the boundary topologies, for maps drawn in the browser. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { topologyFor } from '../../data/geo';
import { VINTAGES, type Vintage } from '../../config/boundaries';

export const getStaticPaths = (() => VINTAGES.map((vintage) => ({ params: { vintage } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(topologyFor(params.vintage as Vintage)), {
    headers: { 'Content-Type': 'application/json' },
  });
