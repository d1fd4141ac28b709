/** CSV of exactly what each /trends/ chart plots in the page's default state (the browser makes the CSV of other states). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { figureCsv } from '../../figures/kit/export';
import { viewUrl } from '../../figures/kit/files';
import { defaultState } from '../../figures/kit/variants';
import { TRENDS_FIGURES } from './_figures';

export const getStaticPaths = (() =>
  TRENDS_FIGURES.map((spec) => ({ params: { figure: spec.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const spec = TRENDS_FIGURES.find((f) => f.id === params.figure)!;
  const state = defaultState(spec.state);
  const csv = figureCsv(spec, state, viewUrl(spec, state));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
