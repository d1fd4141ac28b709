import type { APIRoute } from 'astro';
import { DEPRIVATION_API_COLUMNS, toDeprivationApiRow } from '../../views/data/deprivation-api';
import { deprivationRows } from '../../data/deprivation';
import { toCsv } from '../../lib/csv';

export const GET: APIRoute = () =>
  new Response(toCsv(deprivationRows.map(toDeprivationApiRow), DEPRIVATION_API_COLUMNS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
