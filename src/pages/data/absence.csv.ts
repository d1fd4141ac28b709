import type { APIRoute } from 'astro';
import { absenceRecords } from '../../lib/data';
import { ABSENCE_API_COLUMNS, toApiRow } from '../../lib/absence-api';
import { toCsv } from '../../lib/csv';

export const GET: APIRoute = () =>
  new Response(toCsv(absenceRecords.map(toApiRow), ABSENCE_API_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
