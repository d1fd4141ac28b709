/**
 * /trends/ in the browser, loaded on first interaction or for a state the build did not draw
 * (src/client/pages/trends-boot.ts): reads the page's embedded data, keeps the state in the URL (back and
 * forward work), and redraws every figure, the period summary and the sentences with the same
 * functions the build used.
 */
import type { FigureRow, FigureSpec } from '../../figures/types';
import type { Provenance } from '../../lib/provenance';
import { stateToSearch, type StateOf, type StateSpec } from '../../lib/url-state';
import { MEASURE_LABELS } from '../../config/measures';
import { pct } from '../../lib/format';
import { periodSummaryTable, regionalPersistentFigure, smallMultiplesFigure, trendFigure } from '../../figures/trends';
import { sentencesFor, trendsStateSpec, type TrendsData, type TrendsState } from '../../views/trends/model';
import { fillTable } from '../data-table';
import { showFigure } from '../figure-dom';
import { bindUrlState, specCodec, type UrlState } from '../url-state';
import { chartWidth, onWidthChange } from '../chart-width';
import { wireYearHover } from '../widgets/year-hover';
import { showFallbackNote } from '../widgets/fallback-note';

const { data, provenance } = JSON.parse(document.getElementById('trends-data')!.textContent!) as {
  data: TrendsData;
  provenance: Provenance[];
};
let started = false;
const spec = trendsStateSpec(data);
// The page state holds every figure's keys, so each figure is given the whole state.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const figures: FigureSpec<any>[] = [
  trendFigure(data, provenance),
  smallMultiplesFigure(data, provenance),
  regionalPersistentFigure(data, provenance),
];
const forms = [...document.querySelectorAll<HTMLFormElement>('#trends-controls, #bars-controls')];
let url: UrlState<TrendsState, void> | undefined;

/** "2024/25: Overall absence (%): North 7.03%, ...": the values of one year from the plotted rows. */
function readout<S extends StateSpec>(figure: FigureSpec<S>, s: StateOf<S>, year: string): string {
  const rows = figure.rows(s).filter((r: FigureRow) => r.academic_year === year);
  const parts = figure.columns
    .filter((c) => c.numeric)
    .map(
      (c) =>
        `${c.label}: ${rows.map((r) => `${r.area} ${r[c.key] === null ? 'no data' : pct(r[c.key] as number)}`).join(', ')}`,
    );
  return `${year}. ${parts.join('. ')}.`;
}

/** Draws the URL's state (its controls kept in step by bindUrlState). */
export function render(): void {
  url?.set({}, false);
}

function show(state: TrendsState): void {
  for (const figure of figures) {
    const el = document.getElementById(figure.id);
    if (el) showFigure(el, figure, state, { width: chartWidth(el.querySelector('.chart-svg')!) });
  }
  showFallbackNote(spec);
  const table = document.querySelector<HTMLTableElement>('#period-summary table');
  if (table) fillTable(table, periodSummaryTable(data, state), `Period summary: ${MEASURE_LABELS[state.measure]}`);
  document.getElementById('trend-sentences')!.replaceChildren(
    ...sentencesFor(data, state).map((s) => {
      const li = document.createElement('li');
      li.textContent = s;
      return li;
    }),
  );
}

/** Wires the controls and hover readouts (once), and draws the URL's state if the build did not. */
export function start(): void {
  if (started) return;
  started = true;
  const bound = bindUrlState(specCodec<typeof spec, TrendsState>(spec), show, { forms });
  url = bound;
  for (const figure of figures.slice(0, 2)) {
    const el = document.getElementById(figure.id);
    if (el) wireYearHover(el, { years: data.years, readout: (year) => readout(figure, bound.state, year) });
  }
  onWidthChange(render);
  // The build-time charts, tables and sentences already show the default state.
  if (stateToSearch(spec, bound.state) !== '') render();
  else showFallbackNote(spec);
}
