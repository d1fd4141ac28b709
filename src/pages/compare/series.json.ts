/** Every LA's absence series, fetched by the compare view to redraw for the LAs in its URL. */
import type { APIRoute } from 'astro';
import { comparePayload } from '../../lib/compare-data';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(comparePayload()), { headers: { 'Content-Type': 'application/json' } });
