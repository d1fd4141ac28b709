/** One measure's series for every LA, England and the regions: what the compare view fetches to redraw. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { comparePayload } from '../../../views/compare/payload';
import { MEASURES, type Measure } from '../../../config/measures';

export const getStaticPaths: GetStaticPaths = () => MEASURES.map((measure) => ({ params: { measure } }));

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(comparePayload(params.measure as Measure)), {
    headers: { 'Content-Type': 'application/json' },
  });
