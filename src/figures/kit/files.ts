/**
 * The static files behind embeds and downloads: for every figure and prerendered state, a
 * standalone SVG, a chart-only SVG (for the embed page), a PNG and a CSV. Rendered once per build.
 */
import { serverDocument } from '../../charts/ssr';
import { FIGURES } from '../index';
import type { FigureSpec } from '../types';
import { composeStandalone, figureCsv, renderChart, STANDALONE_CHART_WIDTH, type RenderedChart } from './export';
import { defaultState, variantKey, variantsOf } from './variants';
import { svgToPng } from './png';
import { figureMeta, viewPath, type FigureMeta } from './meta';
import { embedHeight } from './embed-snippet';
import { NARROW_CHART_WIDTH } from '../../config/chart-widths';
import { captionSources } from '../../lib/provenance';
import type { StateOf, StateSpec } from '../../lib/url-state';
import { absoluteUrl, SITE_URL } from '../../lib/site-path';

export interface FigureVariant {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec: FigureSpec<any>;
  key: string;
  state: Record<string, string>;
}

export function figureVariants(): FigureVariant[] {
  return FIGURES.flatMap((spec) =>
    variantsOf(spec.state, { expand: spec.expand }).map((state) => ({
      spec,
      key: variantKey(spec.state, state),
      state,
    })),
  );
}

export const figureById = (id: string) => FIGURES.find((f) => f.id === id);

/** Absolute URL of a site path at the public address (SITE_URL): for files and pages read without JavaScript. */
export const siteUrl = (path: string) => absoluteUrl(path, SITE_URL);

export const viewUrl = <S extends StateSpec>(spec: FigureSpec<S>, state: StateOf<S>) => siteUrl(viewPath(spec, state));

const charts = new Map<string, RenderedChart>();

/** Each state's chart is rendered once per build and shared by the embed page, its SVG files and the PNG. */
export function variantChart(v: FigureVariant): RenderedChart {
  const key = `${v.spec.id}|${v.key}`;
  if (!charts.has(key))
    charts.set(key, renderChart(v.spec, v.state, { document: serverDocument(), width: STANDALONE_CHART_WIDTH }));
  return charts.get(key)!;
}

const narrowCharts = new Map<string, RenderedChart>();

/** Beyond this a phone drawing would make the embed heavy (maps are about 100-150 KB of compact paths). */
const MAX_NARROW_MARKUP = 200_000;

/**
 * A figure's default state drawn for a phone-width embed frame (the embed page shows it up to NARROW_FRAME px),
 * or null when that drawing would be too large to send twice.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function narrowEmbedChart(spec: FigureSpec<any>): RenderedChart | null {
  if (!narrowCharts.has(spec.id)) {
    const state = defaultState(spec.state);
    narrowCharts.set(spec.id, renderChart(spec, state, { document: serverDocument(), width: NARROW_CHART_WIDTH }));
  }
  const chart = narrowCharts.get(spec.id)!;
  return chart.markup.length > MAX_NARROW_MARKUP ? null : chart;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const narrowSize = (spec: FigureSpec<any>) => {
  const narrow = narrowEmbedChart(spec);
  return narrow ? { width: NARROW_CHART_WIDTH, height: narrow.height } : undefined;
};

const heights = new Map<string, number>();

/** The iframe height that shows any prerendered state of a figure whole, at every width in EMBED_WIDTHS. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function figureEmbedHeight(spec: FigureSpec<any>): number {
  if (!heights.has(spec.id)) {
    const sources = captionSources(spec.provenance);
    const of = (v: FigureVariant) =>
      embedHeight({
        title: spec.title(v.state),
        subtitle: spec.subtitle(v.state),
        sources,
        chart: { width: STANDALONE_CHART_WIDTH, height: variantChart(v).height },
        narrowChart: v.key === variantKey(spec.state, defaultState(spec.state)) ? narrowSize(spec) : undefined,
      });
    heights.set(
      spec.id,
      Math.max(
        ...figureVariants()
          .filter((v) => v.spec === spec)
          .map(of),
      ),
    );
  }
  return heights.get(spec.id)!;
}

/** A figure's meta (src/lib/figure-meta.ts) with its embed height, as the embed page and meta.json carry it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const builtFigureMeta = (spec: FigureSpec<any>): FigureMeta => figureMeta(spec, figureEmbedHeight(spec));

export const variantSvg = (v: FigureVariant) => composeStandalone(v.spec, v.state, variantChart(v));

export const variantPng = (v: FigureVariant) => svgToPng(variantSvg(v));

export const variantCsv = (v: FigureVariant) => figureCsv(v.spec, v.state, viewUrl(v.spec, v.state));
