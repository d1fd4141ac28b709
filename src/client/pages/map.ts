/**
 * The map page in the browser, loaded on first interaction or for a state the build did not draw
 * (src/client/pages/map-boot.ts, which wires the legend and the build-time map's keys itself): state from
 * the URL (allowlisted; back and forward work), lazy per-year data, geometry fetched only when the boundary
 * vintage changes, and re-colouring of the existing paths.
 * Exposes window.__atlasRecolourMs (the last re-colour, state change to next frame) and
 * window.__atlasRecolour(partialState) -> Promise<ms> for the bench.
 */
import { sitePath } from '../../lib/site-path';
import { describeRow, viewOf, type MapConfig, type MapState, type View, type YearPayload } from '../../views/map/model';
import { fetchJson } from '../fetch-json';
import { bindUrlState, specCodec } from '../url-state';
import { showFallbackNote } from '../widgets/fallback-note';
import { revealDetail, wireLaFind } from '../widgets/la-find';
import { showMapDetails } from '../widgets/map-details';
import { mapView } from '../widgets/map-view';
import { enhanceTable } from '../widgets/sortable-table';
import { wireTabs } from '../widgets/tabs';

declare global {
  interface Window {
    __atlasRecolourMs?: number;
    __atlasRecolour?: (change: Partial<MapState>) => Promise<number>;
  }
}

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const app = $('#map-app');
const config = JSON.parse(app.dataset.config ?? '{}') as MapConfig;
const form = $<HTMLFormElement>('#map-controls');
let view: View | undefined;

/** Chooses an LA (or, chosen again, clears it) and brings its details into view. */
const choose = (id: string) =>
  void url.set({ la: url.state.la === id ? '' : id }).then(() => revealDetail($('#la-detail')));
/** What a hover or selection of an LA shows (the build-time map is wired with these once loaded). */
export const handlers = {
  describe: (id: string) => {
    const row = view?.rows.find((r) => r.id === id);
    return row && { title: row.name, lines: describeRow(row, config, url.state) };
  },
  select: choose,
};
const map = mapView({
  wrap: $('#map-wrap'),
  legend: $('#map-legend'),
  tooltip: $('#map-tooltip'),
  handlers,
  vintage: app.dataset.vintage ?? '',
});
const offerNames = wireLaFind($<HTMLInputElement>('#la-find'), (id) => id !== url.state.la && choose(id));
const sortTable = enhanceTable($<HTMLTableElement>('#la-table'), $<HTMLInputElement>('#la-search'));

const codec = specCodec<MapConfig['spec'], MapState>(config.spec);
let latestRender = 0;
let firstRender = true;

/** Shows a state; returns the re-colour time in ms (data and geometry loaded, to the next frame). */
async function render(state: MapState): Promise<number> {
  const token = ++latestRender;
  showTab(state);
  const payload = await fetchJson<YearPayload>(sitePath(`/map/data/${config.yearSlugs[state.year]}.json`));
  const swapGeometry = await map.geometryFor(payload);
  if (token !== latestRender) return NaN; // a newer change has taken over
  const start = performance.now();
  swapGeometry();
  view = viewOf(payload, state, config.deps[state.dep]);
  offerNames(view);
  // The build drew the default state: a first load in that state only wires up the interaction.
  const buildDrawn = firstRender && codec.toSearch(state) === '';
  firstRender = false;
  let ms = 0;
  if (buildDrawn) map.svg(state.la);
  else {
    map.recolour(view, config, state);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    ms = window.__atlasRecolourMs = performance.now() - start;
    // The scatterplot, table and words follow in a task of their own, so the map re-colours within a frame.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (token !== latestRender) return ms;
    showMapDetails(view, config, state);
  }
  sortTable();
  showFallbackNote(config.spec);
  return ms;
}

const url = bindUrlState(codec, render, {
  forms: [form],
  aliases: { emphasis: 'emph' },
});
// The tab is page state (?tab=scatter), so a link or the back button opens the view it names.
const tabs = wireTabs($('#map-tabs'), (tab) => void url.set({ tab: tab.id === 'tab-scatter' ? 'scatter' : '' }));
const showTab = (state: MapState) => tabs.select(tabs.tabs[state.tab === 'scatter' ? 1 : 0]);

form.hidden = false;
$('#la-search').closest('label')!.hidden = false;
$('#map-hint').hidden = false;
window.__atlasRecolour = (change) => url.set(change, false);
void url.set({}, false);
