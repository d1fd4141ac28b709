import type { APIRoute } from 'astro';
import { absenceRecords } from '../../data/absence';
import { ABSENCE_API_COLUMNS, toApiRow } from '../../views/data/absence-api';
import { toCsv } from '../../lib/csv';

export const GET: APIRoute = () =>
  new Response(toCsv(absenceRecords.map(toApiRow), ABSENCE_API_COLUMNS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
