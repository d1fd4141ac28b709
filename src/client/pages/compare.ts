/**
 * The compare view in the browser, loaded on first interaction or for a state the build did not draw
 * (src/client/pages/compare-boot.ts): state from the URL, redraw on change, back/forward via popstate.
 * The build-time chart is kept for the default state until the pointer reaches it (for its tooltips).
 */
import type { ComparePayload } from '../../views/compare/payload';
import {
  DEFAULT_LAS,
  MAX_LAS,
  MEASURE_SPEC,
  addLa,
  compareParams,
  compareStateSpec,
  compareToSearch,
  parseCompareState,
  removeLa,
  toParams,
  type CompareState,
} from '../../views/compare/state';
import { compareFigure } from '../../figures/compare';
import { compareTable, compareText, latestTable } from '../../views/compare/model';
import { fillTable } from '../data-table';
import { chartWidth } from '../chart-width';
import { showFigure } from '../figure-dom';
import { bindUrlState } from '../url-state';
import { parseState } from '../../lib/url-state';
import { MEASURE_LABELS } from '../../config/measures';
import { sitePath } from '../../lib/site-path';
import { showFallbackNote } from '../widgets/fallback-note';
import { fetchJson } from '../fetch-json';
import { showCompareControls } from '../widgets/compare-controls';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

let started = false;

/** Wires the page (once); `redraw` draws the chart for its width even in the default state (a narrow column). */
export async function startCompare(redraw = false): Promise<void> {
  if (started) return;
  started = true;
  const figure = $<HTMLElement>('#compare-chart');
  const chosen = $<HTMLUListElement>('#compare-chosen');
  const add = $<HTMLSelectElement>('#compare-add');
  const addButton = $<HTMLButtonElement>('#compare-add-button');
  const measure = $<HTMLSelectElement>('#compare-measure');

  // One measure's series per file, each fetched once; the LAs are the same in every file.
  const specs = new WeakMap<ComparePayload, ReturnType<typeof compareFigure>>();
  const measureData = async (m: string) => {
    const payload = await fetchJson<ComparePayload>(sitePath(`/compare/series/${m}.json`));
    if (!specs.has(payload)) specs.set(payload, compareFigure(payload));
    return { payload, spec: specs.get(payload)! };
  };
  const { payload } = await measureData(parseState(MEASURE_SPEC, location.search).measure);
  const allowed = new Set(payload.las.map((la) => la.code));
  const buildTime = compareToSearch({ codes: [...DEFAULT_LAS], measure: MEASURE_SPEC.measure.default });

  const holder = figure.querySelector<HTMLElement>('.chart-svg')!;
  async function renderFigure(state: CompareState) {
    const { payload, spec } = await measureData(state.measure);
    if (state !== url.state) return; // a later change is being drawn
    $('#compare-sentence').textContent = compareText(payload, state, MEASURE_LABELS[state.measure]).sentence;
    const latest = $<HTMLTableElement>('#compare-latest table');
    fillTable(latest, latestTable(payload, state), `${MEASURE_LABELS[state.measure]}: latest values, change and rank`);
    // Drawn at the width it is shown at (phones included), so its text stays legible.
    const width = chartWidth(holder, 720);
    showFigure(figure, spec, toParams(state), { width, interactive: true, table: compareTable(payload, state) });
    holder.dataset.drawn = 'true';
  }

  const url = bindUrlState(
    { parse: (search) => parseCompareState(search, allowed), toSearch: compareToSearch },
    (s) => {
      showCompareControls(payload, s);
      void renderFigure(s);
    },
  );
  const state = () => url.state;
  // A whole new state: a focus or colour slots it drops must not survive the merge.
  const replace = (next: CompareState) => url.set({ focus: null, slots: undefined, ...next });

  addButton.addEventListener('click', () => {
    if (!add.value || state().codes.includes(add.value) || state().codes.length >= MAX_LAS) return;
    replace(addLa(state(), add.value));
    add.value = '';
    add.focus();
  });
  chosen.addEventListener('click', (e) => {
    const code = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-code]')?.dataset.code;
    if (!code) return;
    const index = state().codes.indexOf(code);
    replace(removeLa(state(), code));
    // Keep focus on the list: the next remove button, else the add control.
    const buttons = chosen.querySelectorAll<HTMLButtonElement>('button:not(:disabled)');
    (buttons[Math.min(index, buttons.length - 1)] ?? add).focus();
  });
  // The parser checks the value against the allowlist.
  measure.addEventListener('change', () => url.set({ measure: measure.value as CompareState['measure'] }));

  showCompareControls(payload, state());
  showFallbackNote(compareStateSpec([...allowed]), compareParams(window.location.search));
  // The build-time chart already shows the default state: redraw only for another state, or for the
  // tooltips (the pointer may be on the chart already: reaching it is what loaded this code).
  if (compareToSearch(state()) !== buildTime || redraw || holder.matches(':hover')) void renderFigure(state());
  else
    holder.addEventListener(
      'pointerenter',
      () => {
        if (!holder.dataset.drawn) void renderFigure(state());
      },
      { once: true },
    );
}
