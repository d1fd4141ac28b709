/**
 * A figure: one chart, described once and used everywhere: its page, its chrome-free embed route
 * (/embed/<id>/), its downloads (SVG, PNG, CSV, citation) and `npm run figures`. Pure and
 * server-safe: `render` takes the DOM document to draw into, so the same code runs in Node and the browser.
 */
import { COVID_CAVEAT, COVID_CAVEAT_TEXT, COVID_CAVEAT_YEAR } from '../config/periods';
import type { Provenance } from '../lib/provenance';
import type { StateOf, StateSpec } from '../lib/url-state';
import type { TableContent } from './kit/table';

export interface FigureColumn {
  key: string;
  label: string;
  numeric?: boolean;
  /** Decimals of a numeric column on pages (default 1); its CSV keeps one more. */
  digits?: number;
}

export type FigureRow = Record<string, string | number | null>;

export interface FigureSpec<S extends StateSpec = StateSpec> {
  /** Stable id, e.g. "macro-region-trends"; used in URLs and file names. */
  id: string;
  /** The full view this figure belongs to, e.g. "/trends/". */
  view: string;
  /** The page showing a state, when it is not `view` with the state in its URL (e.g. an LA's own profile). */
  pageOf?(state: StateOf<S>): string;
  /** URL parameters the figure accepts (allowlist) with their defaults. */
  state: S;
  /** Drawn in the browser for states that are not prerendered: its embed follows any allowed URL state (src/client/live/figures.ts). */
  live?: boolean;
  /** Parameters prerendered for every value even when combinations are many (src/figures/kit/variants.ts). */
  expand?: (keyof S & string)[];
  title(state: StateOf<S>): string;
  subtitle(state: StateOf<S>): string;
  /** A sentence describing what the chart shows (alt text), generated from the data. */
  summary(state: StateOf<S>): string;
  provenance: Provenance[];
  /** Exactly the plotted data: the data table and the CSV. */
  columns: FigureColumn[];
  rows(state: StateOf<S>): FigureRow[];
  /**
   * The data table of the page and the embed, where it says more than the rows (a note per row, the reference group
   * named in a heading); otherwise made from the rows (figures/kit/table.ts). The CSV always holds the rows.
   */
  table?(state: StateOf<S>): TableContent;
  /** Why no chart is drawn in this state (so nothing is offered to download, embed or cite); null when one is. */
  empty?(state: StateOf<S>): string | null;
  /** `interactive`: add pointer tooltips (in the browser only). */
  render(
    state: StateOf<S>,
    options: { document: Document; width?: number; interactive?: boolean },
  ): SVGSVGElement | HTMLElement;
}

/** DfE's 2020/21 caveat, for a figure showing that year: the hollow-point wording when the year is one point of a series. */
export function covidCaveat(state: Record<string, unknown>, rows: readonly FigureRow[]): string | null {
  // A row listing a year only as a gap (its values all missing) shows no 2020/21 figure.
  const shown = rows.filter(
    (r) => Object.values(r).some((v) => typeof v === 'number') || !Object.values(r).includes(null),
  );
  const years = new Set(
    shown
      .flatMap((r) => Object.values(r))
      .filter((v): v is string => typeof v === 'string' && /^\d{4}\/\d{2}$/.test(v)),
  );
  if (years.has(COVID_CAVEAT_YEAR)) return years.size > 1 ? COVID_CAVEAT : COVID_CAVEAT_TEXT;
  return Object.values(state).includes(COVID_CAVEAT_YEAR) ? COVID_CAVEAT_TEXT : null;
}

/**
 * Helper so a spec's state type is inferred from its `state` field. Every figure's subtitle gains DfE's
 * 2020/21 caveat whenever it shows that year, so no page, embed or download can leave it out.
 */
export const defineFigure = <S extends StateSpec>(spec: FigureSpec<S>): FigureSpec<S> => ({
  ...spec,
  subtitle: (state) => {
    const caveat = covidCaveat(state, spec.rows(state));
    const subtitle = spec.subtitle(state);
    return caveat && !subtitle.includes(caveat) ? `${subtitle} ${caveat}` : subtitle;
  },
});
