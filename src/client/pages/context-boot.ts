/**
 * /context/ on load: the build drew every view in its default year, so only the other views are put
 * behind their tabs and a phone's narrow charts swapped for their prebuilt drawings; the page's code
 * (Plot, the figures) loads on first interaction, or after first paint when the URL asks for another
 * view or year.
 */
import { CONTEXT_VIEWS } from '../../views/context/state';
import { redrawNarrowCharts } from '../narrow-charts';
import { afterFirstPaint, loadOnFirstInteraction } from '../widgets/first-interaction';

const start = (redraw = false) => import('./context').then((m) => m.start(redraw));

if (location.search) afterFirstPaint(() => void start());
else {
  const [shown, ...others] = CONTEXT_VIEWS.map((v) => document.getElementById(`view-${v.id}`)!);
  for (const view of others) view.hidden = true;
  loadOnFirstInteraction(document.getElementById('main')!, () => start());
  redrawNarrowCharts(
    [...shown!.querySelectorAll<HTMLElement>('.context-figure .chart-svg')].map((holder) => ({
      holder,
      redraw: () => void start(true),
    })),
  );
}
