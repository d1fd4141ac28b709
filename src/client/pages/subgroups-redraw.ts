/**
 * Redraws /subgroups/ for a state with the same functions the build uses: the three figures (their
 * tables and embed/download links too), the sentences, the coverage line and the controls.
 * Loaded on demand by subgroups.ts; all text goes in through textContent.
 */
import { ENGLAND } from '../../config/geography';
import { MEASURE_LABELS, type Measure } from '../../config/measures';
import { areasFor, yearsFor } from '../../derive/subgroup-rates';
import { subgroupView, type SubgroupView } from '../../derive/subgroup-view';
import { subgroupSentences } from '../../derive/subgroup-sentences';
import { subgroupFigureId, type SubgroupChart } from '../../lib/subgroups-dimensions';
import type { StateOf } from '../../lib/url-state';
import { chartWidth } from '../chart-width';
import { fillTable } from '../data-table';
import type { SubgroupsModel } from '../../views/subgroups/model';
import { groupsContent, placesContent, trendContent, type FigureContent } from '../../views/subgroups/render';
import { coverageText } from '../../views/subgroups/coverage';
import { placeNote } from '../../views/subgroups/place-note';

const CONTENT_OF: Record<SubgroupChart, typeof groupsContent> = {
  groups: groupsContent,
  trend: trendContent,
  places: placesContent,
};

/** Gives the browser a turn between long steps (input and paint stay responsive while charts are drawn). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function showFigure(chart: SubgroupChart, view: SubgroupView, content: FigureContent) {
  const figure = document.getElementById(`sg-${chart}`);
  if (!figure) return;
  figure.querySelector('.chart-title')!.textContent = content.title;
  const subtitle = figure.querySelector('.chart-subtitle');
  if (subtitle) subtitle.textContent = content.subtitle;
  const holder = figure.querySelector<HTMLElement>('.chart-svg')!;
  const empty = Object.assign(document.createElement('p'), {
    className: 'muted',
    textContent: 'Not enough published data to draw this chart.',
  });
  holder.replaceChildren(content.svg ?? empty);
  holder.setAttribute('aria-label', content.summary);
  const table = figure.querySelector('table');
  if (table) fillTable(table, content.table, content.title);
  // Each chart is the registered figure of the chosen characteristic: its embed and downloads follow it.
  figure.querySelector('.chart-actions')?.setAttribute('data-figure', subgroupFigureId(view.dim, chart));
}

function setOptions(select: HTMLSelectElement, options: { value: string; label: string }[], selected: string) {
  select.replaceChildren(...options.map(({ value, label }) => new Option(label, value, false, value === selected)));
}

function syncControls(form: HTMLFormElement, model: SubgroupsModel, view: SubgroupView) {
  const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  field('dim').value = view.dim;
  field('measure').value = view.measure;
  setOptions(
    field('year'),
    yearsFor(model.index, view.dim, view.measure, view.area).map((y) => ({ value: y, label: y })),
    view.year,
  );
  const areas = areasFor(model.index, view.dim, view.measure)
    .map((code) => model.areas.get(code))
    .filter((a) => a !== undefined);
  setOptions(
    field('area'),
    areas.map((a) => ({ value: a.code, label: a.name })),
    view.area,
  );
  // England only: no place to choose, and the note says why instead of a one-option select.
  field('area').closest('label')!.hidden = areas.length <= 1;
  const note = document.getElementById('sg-place-note');
  if (note) {
    note.hidden = areas.length > 1;
    note.textContent = placeNote(view.dimension.label, MEASURE_LABELS[view.measure]);
  }
}

/**
 * Shows a state (as resolved against the data) everywhere on the page and returns that view. Charts are
 * drawn one task each, then shown together; null if `current()` turns false meanwhile (a later state won).
 */
export async function redraw(
  form: HTMLFormElement,
  model: SubgroupsModel,
  state: StateOf<SubgroupsModel['spec']>,
  current: () => boolean,
): Promise<SubgroupView | null> {
  const view = subgroupView(
    model.index,
    model.areas,
    { dim: state.dim, measure: state.measure as Measure, year: state.year, area: state.area },
    ENGLAND.code,
  );
  const holder = document.querySelector('#sg-groups .chart-svg');
  const width = holder ? chartWidth(holder, 900) : 720;
  const contents: [SubgroupChart, FigureContent][] = [];
  for (const chart of Object.keys(CONTENT_OF) as SubgroupChart[]) {
    await nextTask();
    contents.push([chart, CONTENT_OF[chart](view, document, width)]);
  }
  if (!current()) return null;
  for (const [chart, content] of contents) showFigure(chart, view, content);
  document
    .getElementById('sg-sentences')
    ?.replaceChildren(
      ...subgroupSentences(view).map((s) => Object.assign(document.createElement('li'), { textContent: s })),
    );
  const coverage = document.getElementById('sg-coverage');
  if (coverage) coverage.textContent = coverageText(view, model.index, model.areas);
  syncControls(form, model, view);
  return view;
}
