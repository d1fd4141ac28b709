/**
 * The macro-region gap chart on /trends/ follows the page's measure and school type (its URL state): redrawn
 * from the page's embedded counts with the same figure function as the build, at the width it is shown.
 */
import { gapFigure } from '../../views/trends/gap-figure';
import type { TrendsData } from '../../views/trends/model';
import type { Provenance } from '../../lib/provenance';
import { parseState } from '../../lib/url-state';
import { variantKey } from '../../figures/kit/variants';
import { fillTable } from '../data-table';
import { redrawNarrowCharts } from '../narrow-charts';
import { rowsTable } from '../../views/benchmark/table';

const figure = document.querySelector<HTMLElement>('#macro-region-gaps');
const source = document.getElementById('trends-data');
if (figure && source) {
  const { data, provenance } = JSON.parse(source.textContent!) as { data: TrendsData; provenance: Provenance[] };
  const spec = gapFigure(data, provenance);
  const holder = figure.querySelector<HTMLElement>('.chart-svg')!;
  let drawn = '';
  const draw = (force = false) => {
    const s = parseState(spec.state, window.location.search);
    const key = variantKey(spec.state, s);
    if (key === drawn && !force) return;
    drawn = key;
    figure.querySelector('.chart-title')!.textContent = spec.title(s);
    figure.querySelector('.chart-subtitle')!.textContent = spec.subtitle(s);
    holder.setAttribute('aria-label', spec.summary(s));
    holder.replaceChildren(spec.render(s, { document, width: Math.max(320, Math.min(720, holder.clientWidth || 720)) }));
    fillTable(figure.querySelector('table')!, rowsTable(spec.columns, spec.rows(s)), spec.title(s));
  };
  // The page's own controls write the URL; read it once they have.
  document.querySelector('#trends-controls')?.addEventListener('change', () => setTimeout(() => draw()));
  window.addEventListener('popstate', () => draw());
  if (variantKey(spec.state, parseState(spec.state, window.location.search)) !== 'default') draw();
  else {
    drawn = 'default';
    redrawNarrowCharts([{ holder, redraw: () => draw(true) }]);
  }
}
