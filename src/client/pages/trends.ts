/**
 * /trends/ in the browser: reads the page's embedded data, keeps the state in the URL (back and
 * forward work), and redraws every figure, the period summary and the sentences with the same
 * functions the build used.
 */
import type { FigureRow, FigureSpec } from '../../figures/types';
import type { Provenance } from '../../lib/provenance';
import type { StateOf, StateSpec } from '../../lib/url-state';
import { MEASURE_LABELS } from '../../config/measures';
import { pct } from '../../lib/format';
import { periodSummaryTable, regionalPersistentFigure, smallMultiplesFigure, trendFigure } from '../../figures/trends';
import { sentencesFor, trendsStateSpec, type TrendsData, type TrendsState } from '../../views/trends/model';
import { chartWidth, onWidthChange } from '../chart-width';
import { fillTable } from '../data-table';
import { showFigure } from '../figure-dom';
import { redrawNarrowCharts } from '../narrow-charts';
import { bindUrlState, specCodec } from '../url-state';
import { showFallbackNote } from '../widgets/fallback-note';
import { wireYearHover } from '../widgets/year-hover';

const { data, provenance } = JSON.parse(document.getElementById('trends-data')!.textContent!) as { data: TrendsData; provenance: Provenance[] };
const spec = trendsStateSpec(data);
// The page state holds every figure's keys, so each figure is given the whole state.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const figures: FigureSpec<any>[] = [trendFigure(data, provenance), smallMultiplesFigure(data, provenance), regionalPersistentFigure(data, provenance)];
const forms = [...document.querySelectorAll<HTMLFormElement>('#trends-controls, #bars-controls')];

/** "2024/25: Overall absence (%): North 7.03%, ...": the values of one year from the plotted rows. */
function readout<S extends StateSpec>(figure: FigureSpec<S>, s: StateOf<S>, year: string): string {
  const rows = figure.rows(s).filter((r: FigureRow) => r.academic_year === year);
  const parts = figure.columns.filter((c) => c.numeric).map((c) =>
    `${c.label}: ${rows.map((r) => `${r.area} ${pct(r[c.key] as number | null, 2)}`).join(', ')}`);
  return `${year}. ${parts.join('. ')}.`;
}

const drawFigure = (el: HTMLElement, figure: (typeof figures)[number], state: TrendsState) =>
  showFigure(el, figure, state, { width: chartWidth(el.querySelector('.chart-svg')!) });

function render(state: TrendsState): void {
  for (const figure of figures) {
    const el = document.getElementById(figure.id);
    if (el) drawFigure(el, figure, state);
  }
  showFallbackNote(spec);
  const table = document.querySelector<HTMLTableElement>('#period-summary table');
  if (table) fillTable(table, periodSummaryTable(data, state), `Period summary: ${MEASURE_LABELS[state.measure]}`);
  document.getElementById('trend-sentences')!.replaceChildren(...sentencesFor(data, state).map((s) => Object.assign(document.createElement('li'), { textContent: s })));
}

const url = bindUrlState(specCodec<typeof spec, TrendsState>(spec), render, { forms });
for (const form of forms) form.hidden = false;
document.getElementById('no-js-note')!.hidden = true;
for (const figure of figures.slice(0, 2)) {
  const el = document.getElementById(figure.id);
  if (el) wireYearHover(el, { years: data.years, readout: (year) => readout(figure, url.state, year) });
}
onWidthChange(() => render(url.state));
// The build-time charts, tables and sentences already show the default state (drawn for wide screens).
if (specCodec(spec).toSearch(url.state) !== '') url.set({}, false);
else {
  showFallbackNote(spec);
  redrawNarrowCharts(figures.flatMap((figure) => {
    const el = document.getElementById(figure.id);
    return el ? [{ holder: el.querySelector<HTMLElement>('.chart-svg')!, redraw: () => drawFigure(el, figure, url.state) }] : [];
  }));
}
