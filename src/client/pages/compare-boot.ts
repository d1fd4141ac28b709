/**
 * /compare/ on load: the build drew the default LAs, so only a phone's narrow chart is swapped for its
 * prebuilt drawing; the page's code (Plot, the LAs' series) loads on first interaction, or after first
 * paint when the URL asks for other LAs or another measure.
 */
import { redrawNarrowCharts } from '../narrow-charts';
import { afterFirstPaint, loadOnFirstInteraction } from '../widgets/first-interaction';

const start = (redraw = false) => import('./compare').then((m) => m.startCompare(redraw));

if (location.search) afterFirstPaint(() => void start());
else {
  loadOnFirstInteraction(document.getElementById('main')!, () => start());
  const holder = document.querySelector<HTMLElement>('#compare-chart .chart-svg');
  if (holder) redrawNarrowCharts([{ holder, redraw: () => void start(true) }]);
}
