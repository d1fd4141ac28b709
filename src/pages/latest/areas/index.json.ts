/** /latest/areas/index.json: the areas with register data and the provenance of the register files (for live embeds). */
import type { APIRoute } from 'astro';
import { latestMeta } from '../../../views/latest/area-data';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(latestMeta), { headers: { 'Content-Type': 'application/json' } });
