/** The compare page's controls shown for a state: the chosen LAs (each with a remove button), add, measure, status. */
import type { ComparePayload } from '../../views/compare/payload';
import { MAX_LAS, type CompareState } from '../../views/compare/state';
import { compareStatus, selectedLas } from '../../views/compare/model';

export function showCompareControls(payload: ComparePayload, state: CompareState): void {
  const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
  const las = selectedLas(payload, state);
  $<HTMLUListElement>('#compare-chosen').replaceChildren(
    ...las.map((la) => {
      const li = document.createElement('li');
      li.append(la.label);
      if (la.code === state.focus) li.className = 'focus';
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.textContent = '×';
      remove.setAttribute('aria-label', `Remove ${la.label}`);
      remove.dataset.code = la.code;
      remove.disabled = las.length <= 1;
      li.append(remove);
      return li;
    }),
  );
  const add = $<HTMLSelectElement>('#compare-add');
  for (const option of add.options) option.disabled = option.value !== '' && state.codes.includes(option.value);
  const full = state.codes.length >= MAX_LAS;
  add.disabled = full;
  $<HTMLButtonElement>('#compare-add-button').disabled = full;
  $<HTMLSelectElement>('#compare-measure').value = state.measure;
  $('#compare-status').textContent = compareStatus(state.codes.length, MAX_LAS);
}
