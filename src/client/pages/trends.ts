/**
 * /trends/ in the browser, loaded on first interaction or for a state the build did not draw
 * (src/client/pages/trends-boot.ts): reads the page's embedded data, keeps the state in the URL (back and
 * forward work), and redraws every figure, the period summary and the sentences with the same
 * functions the build used.
 */
import type { FigureRow, FigureSpec } from '../../figures/types';
import type { Provenance } from '../../lib/provenance';
import { parseState, stateToSearch, type StateOf, type StateSpec } from '../../lib/url-state';
import { MEASURE_LABELS } from '../../config/measures';
import { pct } from '../../lib/format';
import { periodSummaryTable, regionalPersistentFigure, smallMultiplesFigure, trendFigure } from '../../figures/trends';
import { sentencesFor, trendsStateSpec, type TrendsData, type TrendsState } from '../../views/trends/model';
import { fillTable } from '../data-table';
import { updateFigure } from '../figure-dom';
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
let state = parseState(spec, location.search) as TrendsState;

/** Narrow screens get charts drawn for their width (text stays legible), wide ones at most 960px. */
const widthOf = (figure: HTMLElement) =>
  Math.min(960, Math.max(300, Math.floor(figure.querySelector('.chart-svg')!.clientWidth)));

/** "2024/25: Overall absence (%): North 7.03%, ...": the values of one year from the plotted rows. */
function readout<S extends StateSpec>(figure: FigureSpec<S>, s: StateOf<S>, year: string): string {
  const rows = figure.rows(s).filter((r: FigureRow) => r.academic_year === year);
  const parts = figure.columns
    .filter((c) => c.numeric)
    .map(
      (c) =>
        `${c.label}: ${rows.map((r) => `${r.area} ${r[c.key] === null ? 'no data' : pct(r[c.key] as number, 2)}`).join(', ')}`,
    );
  return `${year}. ${parts.join('. ')}.`;
}

export function render(): void {
  for (const figure of figures) {
    const el = document.getElementById(figure.id);
    if (el) updateFigure(el, figure, state, widthOf(el));
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
  for (const form of forms) {
    for (const [key, value] of Object.entries(state)) {
      const field = form.elements.namedItem(key);
      if (field instanceof HTMLSelectElement) field.value = value;
      else if (field instanceof RadioNodeList) field.value = value;
    }
  }
}

/** Wires the controls and hover readouts (once), and draws the URL's state if the build did not. */
export function start(): void {
  if (started) return;
  started = true;
  for (const form of forms) {
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('change', (event) => {
      const field = event.target as HTMLInputElement | HTMLSelectElement;
      state = parseState(spec, stateToSearch(spec, { ...state, [field.name]: field.value })) as TrendsState;
      history.pushState(null, '', `${location.pathname}${stateToSearch(spec, state)}`);
      render();
    });
  }
  window.addEventListener('popstate', () => {
    state = parseState(spec, location.search) as TrendsState;
    render();
  });
  for (const figure of figures.slice(0, 2)) {
    const el = document.getElementById(figure.id);
    if (el) wireYearHover(el, { years: data.years, readout: (year) => readout(figure, state, year) });
  }
  let lastWidth = window.innerWidth;
  window.addEventListener('resize', () => {
    if (Math.abs(window.innerWidth - lastWidth) < 40) return;
    lastWidth = window.innerWidth;
    render();
  });
  // The build-time charts, tables and sentences already show the default state.
  if (stateToSearch(spec, state) !== '') render();
  else showFallbackNote(spec);
}
