/** The funnel plot's counts for every year and school type, for the browser to redraw it (src/client/pages/benchmark.ts). */
import type { APIRoute } from 'astro';
import { funnelData } from '../../figures/funnel-plot';

export const GET: APIRoute = () => new Response(JSON.stringify(funnelData), { headers: { 'Content-Type': 'application/json' } });
