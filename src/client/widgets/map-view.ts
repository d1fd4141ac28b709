/**
 * The map in the browser: its boundaries are redrawn only when a year's vintage differs from the one drawn;
 * any other change re-colours the existing paths (fills, emphasis, legend, selection), within a frame.
 */
import type { Topology } from 'topojson-specification';
import { colourMap } from '../../charts/bivariate-map';
import { sitePath } from '../../lib/site-path';
import { mapTitle, type MapConfig, type MapState, type View, type YearPayload } from '../../views/map/model';
import { legendFor, mapGeometry, viewStyles } from '../../views/map/render';
import { fetchJson } from '../fetch-json';
import { enhanceMap, type MapHandlers } from './map-interaction';
import { showSelection } from './map-selection';

interface MapParts {
  wrap: HTMLElement;
  legend: HTMLElement;
  tooltip: HTMLElement;
  handlers: MapHandlers;
  /** The boundary vintage the build drew. */
  vintage: string;
}

export function mapView({ wrap, legend, tooltip, handlers, vintage }: MapParts) {
  /** The map shown, made operable (keyboard, tooltips) the first time it is asked for. */
  const svg = (selected = '') => {
    const map = wrap.querySelector<SVGSVGElement>('svg')!;
    if (!map.dataset.enhanced) {
      enhanceMap(map, tooltip, handlers, selected);
      map.dataset.enhanced = 'true';
    }
    return map;
  };
  return {
    svg,
    /** Fetches a year's boundaries when they are not the ones drawn; the function returned swaps them in. */
    async geometryFor(payload: YearPayload): Promise<() => void> {
      if (payload.vintage === vintage) return () => {};
      const topology = await fetchJson<Topology>(sitePath(`/geo/${payload.vintage}.topo.json`));
      return () => {
        const old = wrap.querySelector('svg')!;
        old.replaceWith(mapGeometry(payload, topology, { document, title: old.getAttribute('aria-label') ?? '' }));
        vintage = payload.vintage;
      };
    },
    /** Shows a view on the paths already drawn. */
    recolour(view: View, config: MapConfig, state: MapState) {
      const measure = config.measures[state.measure].label;
      const dep = config.deps[state.dep];
      const map = svg(state.la);
      colourMap(map, viewStyles(view, dep));
      if (state.emph) map.dataset.emphasis = state.emph;
      else delete map.dataset.emphasis;
      map.setAttribute('aria-label', mapTitle(measure, dep, state.year));
      legend.replaceChildren(legendFor(view, measure, dep, document, undefined, state.emph));
      showSelection(map, view, config, state);
    },
  };
}
