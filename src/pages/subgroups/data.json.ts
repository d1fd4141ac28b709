/** The compact JSON behind /subgroups/: every group rate (with its pupils) and area name. */
import type { APIRoute } from 'astro';
import { subgroupsPageData } from '../../lib/subgroups-data';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(subgroupsPageData()), { headers: { 'Content-Type': 'application/json' } });
