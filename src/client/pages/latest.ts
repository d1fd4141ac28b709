/**
 * /latest/ in the browser: keeps the area, school type and each chart's option in the URL (back and forward work),
 * fetches the areas it needs (/latest/areas/<code>.json) and redraws with the same figure functions the build used.
 * Plot and the figures load only when something is redrawn (another state, or a phone-width chart).
 */
import { parseState, stateToSearch, type StateOf } from '../../lib/url-state';
import { fillTable } from '../data-table';
import { chartWidth } from '../chart-width';
import { redrawNarrowCharts } from '../narrow-charts';
import { replaceWithSvg } from '../svg-swap';
import { change } from '../../lib/format';
import { CURRENT_REGISTER_YEAR, REGISTER_YEARS } from '../../config/attendance';
import {
  COMPARE_LABELS,
  COMPARE_MEASURES,
  latestSentences,
  measureOf,
  type AreaAttendance,
  type LatestMeta,
} from '../../views/latest/model';
import { latestStateSpec, OVERVIEW_CODES } from '../../views/latest/state';
import type { TableContent } from '../../views/latest/tables';
import { sitePath } from '../../lib/site-path';
import { showFallbackNote } from '../widgets/fallback-note';

const payload = JSON.parse(document.getElementById('latest-data')!.textContent!) as LatestMeta;
const spec = latestStateSpec(payload.areas.map((a) => a.code));
type LatestState = StateOf<typeof spec>;
let state = parseState(spec, location.search) as LatestState;
const previousYear = REGISTER_YEARS[REGISTER_YEARS.length - 2];

const json = <T>(path: string): Promise<T> =>
  fetch(sitePath(path)).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${path}: ${r.status}`))));
const areas = new Map<string, AreaAttendance>();
const loading = new Map<string, Promise<void>>();
const load = (codes: readonly string[]) =>
  Promise.all(
    codes.map(
      (code) =>
        loading.get(code) ??
        loading
          .set(
            code,
            json<AreaAttendance>(`/latest/areas/${code}.json`).then((a) => void areas.set(code, a)),
          )
          .get(code)!,
    ),
  );

let figuresPromise:
  | Promise<{
      figures: ReturnType<typeof import('../../figures/attendance').attendanceFigures>;
      showFigure: typeof import('../figure-dom').showFigure;
    }>
  | undefined;
const loadFigures = () =>
  (figuresPromise ??= Promise.all([import('../../figures/attendance'), import('../figure-dom')]).then(([f, dom]) => ({
    figures: f.attendanceFigures({
      areas: payload.areas,
      getArea: (code) => areas.get(code),
      weeklyProvenance: payload.weeklyProvenance,
      provenance: payload.provenance,
    }),
    showFigure: dom.showFigure,
  })));

const widthOf = (el: HTMLElement) => chartWidth(el.querySelector('.chart-svg')!);

async function redraw(ids?: readonly string[]): Promise<void> {
  const [{ figures, showFigure }] = await Promise.all([loadFigures(), load([state.area, ...OVERVIEW_CODES])]);
  for (const figure of Object.values(figures)) {
    const el = document.getElementById(figure.id);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    if (el && (!ids || ids.includes(figure.id))) showFigure(el, figure as any, state as any, { width: widthOf(el) });
  }
}

function text(tag: string, content: string, className?: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = content;
  if (className) el.className = className;
  return el;
}

async function renderText(): Promise<void> {
  await load([state.area]);
  const area = areas.get(state.area);
  document.getElementById('glance-area')!.textContent = area?.name ?? '';
  document.getElementById('headline')!.replaceChildren(
    ...COMPARE_MEASURES.map((m) => {
      const now = measureOf(area, 'ytd', state.type, CURRENT_REGISTER_YEAR, m);
      const before = measureOf(area, 'ytd', state.type, previousYear, m);
      const div = document.createElement('div');
      const first = document.createElement('dd');
      const c = change(before, now);
      first.append(text('strong', c.to), ' ', text('span', `${CURRENT_REGISTER_YEAR} to week 26`, 'muted'));
      const second = document.createElement('dd');
      second.append(c.from, ' ', text('span', `${previousYear} whole year (${c.diff})`, 'muted'));
      div.append(text('dt', COMPARE_LABELS[m]), first, second);
      return div;
    }),
  );
  document
    .getElementById('latest-sentences')!
    .replaceChildren(...latestSentences(area, state.type).map((s) => text('li', s)));
  const table = await json<TableContent & { note: string }>(
    `/latest/tables/${state.measure}--${state.type.toLowerCase()}.json`,
  );
  fillTable(document.querySelector<HTMLTableElement>('#every-area table')!, table, table.caption);
  document.getElementById('every-area-caption')!.textContent = table.caption;
  document.getElementById('every-area-note')!.textContent = table.note;
}

function syncForms(): void {
  for (const form of forms) {
    for (const [key, value] of Object.entries(state)) {
      const field = form.elements.namedItem(key);
      if (field instanceof HTMLSelectElement) field.value = value;
    }
  }
}

const forms = [
  ...document.querySelectorAll<HTMLFormElement>(
    '#latest-controls, #compare-controls, #reasons-controls, #unauthorised-controls',
  ),
];
for (const form of forms) {
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', (event) => {
    const field = event.target as HTMLSelectElement;
    state = parseState(spec, stateToSearch(spec, { ...state, [field.name]: field.value })) as LatestState;
    history.pushState(null, '', `${location.pathname}${stateToSearch(spec, state)}`);
    void render();
  });
}
document.getElementById('no-js-note')!.hidden = true;

async function render(): Promise<void> {
  syncForms();
  await Promise.all([renderText(), redraw()]);
  showFallbackNote(spec);
}

window.addEventListener('popstate', () => {
  state = parseState(spec, location.search) as LatestState;
  void render();
});
// The build-time charts, table and sentences show the default state, drawn for wide screens; phones swap in the
// same charts prerendered for their width (no chart code loaded until the state changes).
if (stateToSearch(spec, state) !== '') void render();
else {
  showFallbackNote(spec);
  redrawNarrowCharts(
    [...document.querySelectorAll<HTMLElement>('figure.chart')].map((el) => {
      const holder = el.querySelector<HTMLElement>('.chart-svg')!;
      return {
        holder,
        redraw: () =>
          void replaceWithSvg(holder, sitePath(`/latest/narrow/${el.id}.svg`), holder.getAttribute('aria-label') ?? ''),
      };
    }),
  );
}
