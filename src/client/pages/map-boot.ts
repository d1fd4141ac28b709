/**
 * /map/ on load: the build drew the default state (map, legend, scatterplot, table), so only the map's
 * keyboard access and the legend's highlighting are wired here (no data needed); the map's code and the
 * year's values load on first interaction with it, or after first paint when the URL asks for another state.
 */
import { enhanceMap, highlightCell, wireLegend, type MapHandlers } from '../widgets/map-interaction';
import { afterFirstPaint, loadOnFirstInteraction } from '../widgets/first-interaction';
import { selectTab } from '../widgets/tabs';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const wrap = $<HTMLElement>('#map-wrap');
const load = () => import('./map');
// The tab the URL names is the only panel shown from first paint (map.ts wires the tabs when it loads).
selectTab(
  $<HTMLElement>('#map-tabs'),
  new URLSearchParams(location.search).get('tab') === 'scatter' ? 'tab-scatter' : 'tab-map',
);

wireLegend($<HTMLElement>('#map-legend'), (cell) => highlightCell([wrap, $('#map-scatter'), $('#la-table')], cell));
if (location.search) afterFirstPaint(() => void load());
else {
  // Tooltips need the year's values: they show once the map's code has them (it loads on this hover).
  let loaded: MapHandlers | undefined;
  const handlers: MapHandlers = {
    describe: (id) => loaded?.describe(id),
    select: (id) => void load().then((m) => m.handlers.select(id)),
  };
  const svg = wrap.querySelector<SVGSVGElement>('svg')!;
  enhanceMap(svg, $<HTMLElement>('#map-tooltip'), handlers, '');
  svg.dataset.enhanced = 'true';
  loadOnFirstInteraction($<HTMLElement>('#map-app'), () => load().then((m) => (loaded = m.handlers)));
}
