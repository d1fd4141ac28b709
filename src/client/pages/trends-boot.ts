/**
 * /trends/ on load: the build drew the default state, so only a phone's narrow charts are swapped for
 * their prebuilt drawings; the page's code (Plot, the figures) loads on first interaction, or after first
 * paint when the URL asks for another state.
 */
import { redrawNarrowCharts } from '../narrow-charts';
import { afterFirstPaint, loadOnFirstInteraction } from '../widgets/first-interaction';

const app = () => import('./trends');
const start = () => app().then((m) => m.start());

if (location.search) afterFirstPaint(() => void start());
else {
  loadOnFirstInteraction(document.getElementById('main')!, start);
  redrawNarrowCharts(
    [...document.querySelectorAll<HTMLElement>('figure.chart .chart-svg')].map((holder) => ({
      holder,
      redraw: () =>
        void app().then((m) => {
          m.start();
          m.render();
        }),
    })),
  );
}
