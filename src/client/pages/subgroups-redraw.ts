/**
 * Redraws /subgroups/ for a state with the registered figures the build drew (titles, charts, tables), the
 * sentences, the coverage line and the controls.
 * Loaded on demand by subgroups.ts; all text goes in through textContent.
 */
import { ENGLAND } from '../../config/geography';
import { MEASURE_LABELS, type Measure } from '../../config/measures';
import { areasFor, yearsFor } from '../../derive/subgroup-rates';
import { subgroupView, type SubgroupView } from '../../derive/subgroup-view';
import { subgroupSentences } from '../../derive/subgroup-sentences';
import { SUBGROUP_CHARTS, type DimensionId } from '../../config/subgroups';
import type { StateOf } from '../../lib/url-state';
import { subgroupFigure } from '../../figures/subgroups';
import { chartWidth } from '../chart-width';
import { showFigure } from '../figure-dom';
import type { LoadedModel, SubgroupsModel } from '../../views/subgroups/model';
import { coverageText } from '../../views/subgroups/coverage';
import { movedNote, placeNote } from '../../views/subgroups/place-note';

/** Each chart's registered figure for the characteristic (made once per loaded model). */
const figures = new WeakMap<LoadedModel, ReturnType<typeof subgroupFigure>[]>();
const figuresOf = (model: LoadedModel, dim: DimensionId) => {
  if (!figures.has(model))
    figures.set(
      model,
      SUBGROUP_CHARTS.map((chart) => subgroupFigure(model, model.provenance, dim, chart)),
    );
  return figures.get(model)!;
};

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
    note.textContent = placeNote(view.dimension.midSentence, MEASURE_LABELS[view.measure]);
  }
}

/** Shows a state (as resolved against the data) everywhere on the page and returns that view. */
export function redraw(
  form: HTMLFormElement,
  model: LoadedModel,
  state: StateOf<SubgroupsModel['spec']>,
): SubgroupView {
  const view = subgroupView(
    model.index,
    model.areas,
    { dim: state.dim, measure: state.measure as Measure, year: state.year, area: state.area },
    ENGLAND.code,
  );
  const holder = document.querySelector('#sg-groups .chart-svg');
  const width = holder ? chartWidth(holder, 900) : 720;
  // showFigure draws each chart in a task of its own (input stays responsive), dropping a drawing a later state overtook.
  const figureState = { measure: view.measure, year: view.year, area: view.area };
  SUBGROUP_CHARTS.forEach((chart, i) => {
    const el = document.getElementById(`sg-${chart}`);
    if (el) showFigure(el, figuresOf(model, view.dim as DimensionId)[i], figureState, { width });
  });
  document
    .getElementById('sg-sentences')
    ?.replaceChildren(
      ...subgroupSentences(view).map((s) => Object.assign(document.createElement('li'), { textContent: s })),
    );
  const coverage = document.getElementById('sg-coverage');
  if (coverage) coverage.textContent = coverageText(view, model.index, model.areas);
  syncControls(form, model, view);
  // A chosen year or place without data for this comparison is replaced, never silently.
  const moved = document.getElementById('sg-moved-note');
  if (moved) {
    moved.textContent = movedNote({ year: state.year, area: state.area }, view, (code) => model.areas.get(code)?.name);
    moved.hidden = !moved.textContent;
  }
  return view;
}
