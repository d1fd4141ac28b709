/**
 * The static files behind embeds and downloads: for every figure and prerendered state, a
 * standalone SVG, a chart-only SVG (for the embed page), a PNG and a CSV. Rendered once per build.
 */
import { serverDocument, toMarkup } from '../charts/ssr';
import { FIGURES } from '../figures/index';
import type { FigureSpec } from '../figures/types';
import { figureCsv, standaloneSvg } from './figure-export';
import { variantKey, variantsOf } from './figure-variants';
import { svgToPng } from './png';
import { stateToSearch, type StateOf, type StateSpec } from './url-state';

export interface FigureVariant {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec: FigureSpec<any>;
  key: string;
  state: Record<string, string>;
}

export function figureVariants(): FigureVariant[] {
  return FIGURES.flatMap((spec) => variantsOf(spec.state).map((state) => ({ spec, key: variantKey(spec.state, state), state })));
}

export const figureById = (id: string) => FIGURES.find((f) => f.id === id);

export const siteUrl = (path: string) => new URL(path, import.meta.env.SITE).toString();

export const viewUrl = <S extends StateSpec>(spec: FigureSpec<S>, state: StateOf<S>) => siteUrl(`${spec.view}${stateToSearch(spec.state, state)}`);

const cache = new Map<string, string>();
const memo = (key: string, make: () => string) => cache.get(key) ?? cache.set(key, make()).get(key)!;

export const variantSvg = (v: FigureVariant) => memo(`svg|${v.spec.id}|${v.key}`, () => standaloneSvg(v.spec, v.state, { document: serverDocument() }));

export const variantChartSvg = (v: FigureVariant) =>
  memo(`chart|${v.spec.id}|${v.key}`, () => toMarkup(v.spec.render(v.state, { document: serverDocument() }) as Element));

export const variantPng = (v: FigureVariant) => svgToPng(variantSvg(v));

export const variantCsv = (v: FigureVariant) => figureCsv(v.spec, v.state, viewUrl(v.spec, v.state));
