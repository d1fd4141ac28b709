import type { APIRoute } from 'astro';
import { absenceProvenance, absenceRecords } from '../../lib/data';
import { toApiRow } from '../../lib/absence-api';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ provenance: absenceProvenance, rows: absenceRecords.map(toApiRow) }), {
    headers: { 'Content-Type': 'application/json' },
  });
