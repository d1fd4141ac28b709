/**
 * The static files behind embeds and downloads: for every figure and prerendered state, a
 * standalone SVG, a chart-only SVG (for the embed page), a PNG and a CSV. Rendered once per build.
 */
import { serverDocument } from '../../charts/ssr';
import { FIGURES } from '../index';
import type { FigureSpec } from '../types';
import { composeStandalone, figureCsv, renderChart, STANDALONE_CHART_WIDTH, type RenderedChart } from './export';
import { variantKey, variantsOf } from './variants';
import { svgToPng } from './png';
import { viewPath } from './meta';
import type { StateOf, StateSpec } from '../../lib/url-state';

export interface FigureVariant {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec: FigureSpec<any>;
  key: string;
  state: Record<string, string>;
}

export function figureVariants(): FigureVariant[] {
  return FIGURES.flatMap((spec) => variantsOf(spec.state, { expand: spec.expand }).map((state) => ({ spec, key: variantKey(spec.state, state), state })));
}

export const figureById = (id: string) => FIGURES.find((f) => f.id === id);

export const siteUrl = (path: string) => new URL(path, import.meta.env.SITE).toString();

export const viewUrl = <S extends StateSpec>(spec: FigureSpec<S>, state: StateOf<S>) => siteUrl(viewPath(spec, state));

const charts = new Map<string, RenderedChart>();

/** Each state's chart is rendered once per build and shared by the embed page, its SVG files and the PNG. */
export function variantChart(v: FigureVariant): RenderedChart {
  const key = `${v.spec.id}|${v.key}`;
  if (!charts.has(key)) charts.set(key, renderChart(v.spec, v.state, { document: serverDocument(), width: STANDALONE_CHART_WIDTH }));
  return charts.get(key)!;
}

export const variantSvg = (v: FigureVariant) => composeStandalone(v.spec, v.state, variantChart(v));

export const variantPng = (v: FigureVariant) => svgToPng(variantSvg(v));

export const variantCsv = (v: FigureVariant) => figureCsv(v.spec, v.state, viewUrl(v.spec, v.state));
