/**
 * What follows the map's colours on /map/: the scatterplot (drawn only while its tab shows, at the width
 * shown), the table, and the words; the title changes last, when everything below it shows the new state.
 */
import {
  mapSubtitle,
  mapSummary,
  mapTitle,
  scatterTitle,
  tableUnitsNote,
  type MapConfig,
  type MapState,
  type View,
} from '../../views/map/model';
import { scatterFor } from '../../views/map/render';
import { tableBody, tableColumns } from '../../views/map/table';
import { chartWidth } from '../chart-width';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function drawScatter(view: View, config: MapConfig, state: MapState) {
  const box = byId('map-scatter');
  if (!byId('panel-scatter').hidden)
    // Without native <title> tooltips: the page shows its own (src/client/widgets/scatter-tips.ts).
    box.replaceChildren(scatterFor(view, config, state, document, chartWidth(box, 640), false));
}

export function showMapDetails(view: View, config: MapConfig, state: MapState) {
  const measure = config.measures[state.measure].label;
  const dep = config.deps[state.dep];
  drawScatter(view, config, state);
  const table = byId<HTMLTableElement>('la-table');
  table.tBodies[0].replaceWith(tableBody(document, view, config, state));
  tableColumns(config.measures[state.measure], dep, state.year).forEach((label, i) => {
    table.tHead!.rows[0].cells[i].querySelector('button')!.textContent = label;
  });
  byId('table-units').textContent = tableUnitsNote(config.measures[state.measure], dep);
  byId('map-subtitle').textContent = mapSubtitle(measure, config.types[state.type], dep);
  byId('map-summary').textContent = mapSummary(view, config, state);
  byId('scatter-title').textContent = scatterTitle(measure, dep, state.year);
  byId('map-title').textContent = mapTitle(measure, dep, state.year);
}
