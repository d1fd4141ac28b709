/** The small prebuilt index the search box fetches on first focus (name, other names, slug, region). */
import type { APIRoute } from 'astro';
import { laDirectory, searchEntry } from '../../derive/la-directory';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(laDirectory.map(searchEntry)), { headers: { 'Content-Type': 'application/json' } });
