/**
 * The macro-region gap chart on /trends/ follows the page's measure and school type (its URL state): redrawn
 * from the page's embedded counts with the same figure function as the build, at the width it is shown.
 */
import type { TrendsData } from '../../views/trends/model';
import type { Provenance } from '../../lib/provenance';
import { parseState } from '../../lib/url-state';
import { variantKey } from '../../figures/kit/variants';
import { GAP_STATE } from '../../views/trends/gap-state';
import { fillTable } from '../data-table';
import { redrawNarrowCharts } from '../narrow-charts';
import { rowsTable } from '../../figures/kit/rows-table';

const once = <T>(make: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => (p ??= make());
};

const figure = document.querySelector<HTMLElement>('#macro-region-gaps');
const source = document.getElementById('trends-data');
if (figure && source) {
  const { data, provenance } = JSON.parse(source.textContent!) as { data: TrendsData; provenance: Provenance[] };
  // The chart code (Plot) loads only when a chart is drawn, never with the page.
  const load = once(async () => (await import('../../figures/gap-figure')).gapFigure(data, provenance));
  const holder = figure.querySelector<HTMLElement>('.chart-svg')!;
  let drawn = '';
  const draw = async (force = false) => {
    const spec = await load();
    const s = parseState(spec.state, window.location.search);
    const key = variantKey(spec.state, s);
    if (key === drawn && !force) return;
    drawn = key;
    figure.querySelector('.chart-title')!.textContent = spec.title(s);
    figure.querySelector('.chart-subtitle')!.textContent = spec.subtitle(s);
    holder.setAttribute('aria-label', spec.summary(s));
    holder.replaceChildren(
      spec.render(s, { document, width: Math.max(320, Math.min(720, holder.clientWidth || 720)) }),
    );
    fillTable(figure.querySelector('table')!, rowsTable(spec.columns, spec.rows(s)), spec.title(s));
  };
  // The page's own controls write the URL; read it once they have.
  document.querySelector('#trends-controls')?.addEventListener('change', () => setTimeout(() => void draw()));
  window.addEventListener('popstate', () => void draw());
  if (variantKey(GAP_STATE, parseState(GAP_STATE, window.location.search)) !== 'default') void draw();
  else {
    drawn = 'default';
    redrawNarrowCharts([{ holder, redraw: () => void draw(true) }]);
  }
}
