/** /latest/areas/<code>.json: one area's register attendance (weeks, terms, year to date), fetched by /latest/ and its live embeds. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { areaAttendance, registerAreaList } from '../../../views/latest/area-data';

export const getStaticPaths = (() =>
  registerAreaList.map((a) => ({ params: { code: a.code } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(areaAttendance(params.code!)), { headers: { 'Content-Type': 'application/json' } });
