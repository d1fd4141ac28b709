import type { APIRoute } from 'astro';
import { registerRecords } from '../../data/attendance';
import { ATTENDANCE_API_COLUMNS, toAttendanceApiRow } from '../../views/data/attendance-api';
import { toCsv } from '../../lib/csv';

const NOTE =
  'Daily register data (DfE, Pupil attendance in schools, official statistics in development), not the school census: never combine with /data/absence.csv. ' +
  'Rates recomputed from session counts; persistent absence as DfE published it (none for macro-regions, derived periods or LA totals before 2025/26).';

export const GET: APIRoute = () =>
  new Response(toCsv(registerRecords.map(toAttendanceApiRow), ATTENDANCE_API_COLUMNS, NOTE), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
