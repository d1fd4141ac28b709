/**
 * A figure: one chart, described once and used everywhere: its page, its chrome-free embed route
 * (/embed/<id>/), its downloads (SVG, PNG, CSV, citation) and `npm run figures`. Pure and
 * server-safe: `render` takes the DOM document to draw into, so the same code runs in Node and the browser.
 */
import type { Provenance } from '../lib/provenance';
import type { StateOf, StateSpec } from '../lib/url-state';

export interface FigureColumn {
  key: string;
  label: string;
  numeric?: boolean;
}

export type FigureRow = Record<string, string | number | null>;

export interface FigureSpec<S extends StateSpec = StateSpec> {
  /** Stable id, e.g. "macro-region-trends"; used in URLs and file names. */
  id: string;
  /** The full view this figure belongs to, e.g. "/trends/". */
  view: string;
  /** URL parameters the figure accepts (allowlist) with their defaults. */
  state: S;
  title(state: StateOf<S>): string;
  subtitle(state: StateOf<S>): string;
  /** A sentence describing what the chart shows (alt text), generated from the data. */
  summary(state: StateOf<S>): string;
  provenance: Provenance[];
  /** Exactly the plotted data: the data table and the CSV. */
  columns: FigureColumn[];
  rows(state: StateOf<S>): FigureRow[];
  render(state: StateOf<S>, options: { document: Document; width?: number }): SVGSVGElement | HTMLElement;
}

/** Helper so a spec's state type is inferred from its `state` field. */
export const defineFigure = <S extends StateSpec>(spec: FigureSpec<S>): FigureSpec<S> => spec;
