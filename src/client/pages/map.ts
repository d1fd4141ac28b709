/**
 * The map page in the browser, loaded on first interaction or for a state the build did not draw
 * (src/client/pages/map-boot.ts, which wires the legend and the build-time map's keys itself): state from
 * the URL (allowlisted), controls, lazy per-year data,
 * geometry fetched only when the boundary vintage changes, and re-colouring of the existing paths.
 * Exposes window.__atlasRecolourMs (the last re-colour, state change to next frame) and
 * window.__atlasRecolour(partialState) -> Promise<ms> for the bench.
 */
import type { Topology } from 'topojson-specification';
import { fewPupils } from '../../config/benchmark';
import { bivariateMap, colourMap, shapesOf, unitStyle } from '../../charts/bivariate-map';
import { MACRO_REGIONS, regionByCode } from '../../config/geography';
import { summaryText } from '../../derive/bivariate';
import { parseState, stateToSearch } from '../../lib/url-state';
import { enhanceMap } from '../widgets/map-interaction';
import {
  describeRow,
  mapSubtitle,
  mapTitle,
  tableUnitsNote,
  viewOf,
  type MapConfig,
  type MapState,
  type View,
  type YearPayload,
} from '../../views/map/model';
import { legendFor, scatterFor } from '../../views/map/render';
import { tableBody, tableColumns } from '../../views/map/table';
import { enhanceTable } from '../widgets/sortable-table';
import { showSelection } from '../widgets/map-selection';
import { wireTabs } from '../widgets/tabs';
import { sitePath } from '../../lib/site-path';
import { showFallbackNote } from '../widgets/fallback-note';

declare global {
  interface Window {
    __atlasRecolourMs?: number;
    __atlasRecolour?: (change: Partial<MapState>) => Promise<number>;
  }
}

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const app = $<HTMLElement>('#map-app');
const config = JSON.parse(app.dataset.config ?? '{}') as MapConfig;
const form = $<HTMLFormElement>('#map-controls');
const tooltip = $<HTMLElement>('#map-tooltip');
const wrap = $<HTMLElement>('#map-wrap');
const legend = $<HTMLElement>('#map-legend');
const table = $<HTMLTableElement>('#la-table');
const search = $<HTMLInputElement>('#la-search');
const find = $<HTMLInputElement>('#la-find');

const readState = () => parseState(config.spec, location.search) as MapState;
let state = readState();
let vintage = app.dataset.vintage ?? '';
let view: View | undefined;

const cache = new Map<string, Promise<unknown>>();
const fetchJson = <T>(url: string) => {
  if (!cache.has(url))
    cache.set(
      url,
      fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${url}: ${r.status}`)))),
    );
  return cache.get(url) as Promise<T>;
};

const mapSvg = () => wrap.querySelector<SVGSVGElement>('svg')!;
const rowOf = (id: string) => view?.rows.find((r) => r.id === id);
/** What a hover or selection of an LA shows (the build-time map is wired with these once loaded). */
export const handlers = {
  describe: (id: string) => {
    const row = rowOf(id);
    return row && view ? { title: row.name, lines: describeRow(row, config, state) } : undefined;
  },
  select: (id: string) => update({ la: state.la === id ? '' : id }, true).then(revealDetail),
};

/** On a phone the detail panel sits below the map: bring it into view once an LA is chosen. */
function revealDetail() {
  const panel = $<HTMLElement>('#la-detail');
  const box = panel.getBoundingClientRect();
  if (state.la && (box.top < 0 || box.bottom > innerHeight)) panel.scrollIntoView({ block: 'nearest' });
}

function redrawGeometry(payload: YearPayload, topology: Topology) {
  const units = payload.units.map(([id, name, , featureIds]) => ({ id, name, featureIds }));
  const svg = bivariateMap(shapesOf(topology, units), {
    document,
    title: mapSvg().getAttribute('aria-label') ?? '',
    styleOf: () => unitStyle('', null, ''),
    macroOf: (code) => regionByCode.get(code)?.macro ?? '',
    insetIds: payload.units.filter((u) => u[2] === 'E12000007').map((u) => u[0]),
    insetLabel: 'London',
  });
  mapSvg().replaceWith(svg);
  vintage = payload.vintage;
}

let latestRender = 0;
/** The build drew the page in the default state (empty query): a first load in that state only wires up the interaction. */
let firstRender = true;

/** Applies the state to every part of the page; returns the re-colour time in ms (data and geometry loaded, to the next frame). */
async function render(): Promise<number> {
  const token = ++latestRender;
  const payload = await fetchJson<YearPayload>(sitePath(`/map/data/${config.yearSlugs[state.year]}.json`));
  const topology =
    payload.vintage === vintage ? null : await fetchJson<Topology>(sitePath(`/geo/${payload.vintage}.topo.json`));
  if (token !== latestRender) return NaN; // a newer change has taken over
  const start = performance.now();
  if (topology) redrawGeometry(payload, topology);
  const measure = config.measures[state.measure];
  const dep = config.deps[state.dep];
  view = viewOf(payload, state, dep);
  const svg = mapSvg();
  const alreadyDrawn = firstRender && stateToSearch(config.spec, state) === '';
  firstRender = false;
  if (!svg.dataset.enhanced) {
    enhanceMap(svg, tooltip, handlers, state.la);
    svg.dataset.enhanced = 'true';
  }
  // The names offered match the year's LAs (boundaries change between years); filled here, not in the HTML.
  $('#la-names').replaceChildren(
    ...view.rows.map((r) => Object.assign(document.createElement('option'), { value: r.name })),
  );
  if (alreadyDrawn) {
    sortTable();
    showFallbackNote(config.spec);
    return 0;
  }
  const byId = new Map(view.rows.map((r) => [r.id, r]));
  colourMap(svg, (id) =>
    unitStyle(
      byId.get(id)?.name ?? id,
      byId.get(id)?.cls ?? null,
      byId.get(id)?.macro ?? '',
      dep,
      fewPupils(byId.get(id)?.pupils),
    ),
  );
  if (state.emph) svg.dataset.emphasis = state.emph;
  else delete svg.dataset.emphasis;
  svg.setAttribute('aria-label', mapTitle(measure.label, dep, state.year));
  legend.replaceChildren(legendFor(view.classification, measure.label, dep, document));
  showSelection(svg, view, config, state);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  window.__atlasRecolourMs = performance.now() - start;
  // The text, scatterplot and table follow in a task of their own, so the map re-colours within a frame;
  // the title changes last, when everything below it shows the new state.
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (token !== latestRender) return window.__atlasRecolourMs;
  drawScatter();
  table.tBodies[0].replaceWith(tableBody(document, view, config, state));
  tableColumns(dep).forEach((label, i) => {
    table.tHead!.rows[0].cells[i].querySelector('button')!.textContent = label;
  });
  $('#table-units').textContent = tableUnitsNote(dep);
  sortTable();
  $('#map-subtitle').textContent = mapSubtitle(measure.label, config.types[state.type], dep);
  $('#map-summary').textContent = summaryText({
    year: state.year,
    absenceLabel: measure.label,
    needLabel: dep.short,
    lowerIsNeed: dep.lowerIsNeed,
    macros: MACRO_REGIONS,
    units: view.rows,
  });
  $('#map-title').textContent = mapTitle(measure.label, dep, state.year);
  showFallbackNote(config.spec);
  return window.__atlasRecolourMs;
}

/** The scatterplot is drawn only while its tab is shown (it is hidden behind the map otherwise). */
function drawScatter() {
  const panel = $<HTMLElement>('#panel-scatter');
  const box = $('#map-scatter');
  // Drawn at the width shown (320-640 px), so its 12 px text stays 12 px on a phone.
  const width = Math.round(Math.min(640, Math.max(320, box.clientWidth || 640)));
  if (view && !panel.hidden) box.replaceChildren(scatterFor(view, config, state, document, width));
}

function syncControls() {
  showTab();
  for (const key of ['measure', 'type', 'year', 'dep'] as const)
    (form.elements.namedItem(key) as HTMLSelectElement).value = state[key];
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="emphasis"]'))
    radio.checked = radio.value === state.emph;
}

async function update(change: Partial<MapState>, push: boolean): Promise<number> {
  // Round-trip through the allowlist, so a value set from code is checked like one from the URL.
  state = parseState(config.spec, stateToSearch(config.spec, { ...state, ...change })) as MapState;
  if (push) history.pushState(null, '', `${location.pathname}${stateToSearch(config.spec, state)}`);
  syncControls();
  return render();
}

form.addEventListener('change', (e) => {
  const target = e.target as HTMLSelectElement | HTMLInputElement;
  update({ [target.name === 'emphasis' ? 'emph' : target.name]: target.value }, true);
});
// Choosing a name selects that LA, as a tap on the map would.
find.addEventListener('change', () => {
  const name = find.value.trim().toLowerCase();
  const row = view?.rows.find((r) => r.name.toLowerCase() === name);
  if (row && row.id !== state.la) void update({ la: row.id }, true).then(revealDetail);
});
window.addEventListener('popstate', () => {
  state = readState();
  syncControls();
  render();
});

const sortTable = enhanceTable(table, search);
// The tab is page state (?tab=scatter), so a link or the back button opens the view it names.
const tabs = wireTabs($<HTMLElement>('[role="tablist"]'), (tab) =>
  update({ tab: tab.id === 'tab-scatter' ? 'scatter' : '' }, true),
);
const showTab = () => tabs.select(tabs.tabs[state.tab === 'scatter' ? 1 : 0]);
form.hidden = false;
search.closest('label')!.hidden = false;
find.closest('label')!.hidden = false;
$<HTMLElement>('#map-hint').hidden = false;
window.__atlasRecolour = (change) => update(change, false);
syncControls();
render();
