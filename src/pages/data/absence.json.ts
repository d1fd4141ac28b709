import type { APIRoute } from 'astro';
import { absenceProvenance, absenceRecords } from '../../data/absence';
import { toApiRow } from '../../views/data/absence-api';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ provenance: absenceProvenance, rows: absenceRecords.map(toApiRow) }), {
    headers: { 'Content-Type': 'application/json' },
  });
