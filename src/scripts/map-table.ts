/**
 * The table of every LA (the map's non-visual equivalent): rows rendered with the document given,
 * so the build (no JavaScript) and the browser produce the same markup; sorting and searching in
 * the browser only hide or reorder rows.
 */
import { bivariateColour } from '../charts/bivariate-palette';
import { classLabel } from '../derive/bivariate';
import { formatValue, type MapConfig, type MapState, type SecondVariableMeta, type View } from './map-model';

/** Column headers; the second variable's two follow the state ("School readiness", "School readiness rank"). */
export const tableColumns = (dep: SecondVariableMeta) =>
  ['Local authority', 'Region', 'Absence (%)', 'Absence rank', dep.column, `${dep.column} rank`, 'Class'];

export function tableBody(document: Document, view: View, config: MapConfig, state: MapState): HTMLTableSectionElement {
  const tbody = document.createElement('tbody');
  const cell = (tag: 'td' | 'th', text: string, numeric = false) => {
    const node = document.createElement(tag);
    node.textContent = text;
    if (numeric) node.className = 'num';
    return node;
  };
  for (const row of view.rows) {
    const tr = document.createElement('tr');
    tr.dataset.id = row.id;
    tr.dataset.cell = row.cls ? `${row.cls.absence}-${row.cls.deprivation}` : 'none';
    const name = document.createElement('th');
    name.scope = 'row';
    const links = config.profiles[row.id] ?? [];
    if (links.length === 1) {
      const a = document.createElement('a');
      a.href = links[0].href;
      a.textContent = row.name;
      name.append(a);
    } else name.textContent = row.name;
    const swatch = document.createElement('span');
    swatch.className = row.cls ? 'swatch' : 'swatch no-data';
    if (row.cls) swatch.style.background = bivariateColour(row.cls.absence, row.cls.deprivation);
    const cls = cell('td', classLabel(row.cls, config.deps[state.dep]));
    cls.prepend(swatch);
    tr.append(
      name, cell('td', row.regionName),
      cell('td', formatValue(row.absence, { digits: 1, percent: true }), true), cell('td', row.absenceRank === null ? '' : String(row.absenceRank.rank), true),
      cell('td', formatValue(row.deprivation, { ...config.deps[state.dep], digits: config.deps[state.dep].digits + 1 }), true),
      cell('td', row.deprivationRank === null ? '' : String(row.deprivationRank.rank), true), cls,
    );
    tbody.append(tr);
  }
  return tbody;
}

const sortValue = (row: HTMLTableRowElement, col: number): string | number => {
  const text = row.cells[col]?.textContent ?? '';
  if (col < 2 || col === 6) return text;
  const n = parseFloat(text);
  return Number.isFinite(n) ? n : Number.POSITIVE_INFINITY;
};

/** Sort buttons in the headers (aria-sort says the order) and a name search that hides other rows. */
export function enhanceTable(table: HTMLTableElement, search: HTMLInputElement) {
  const headers = [...table.tHead!.rows[0].cells];
  let sorted = { col: 0, dir: 1 };
  const apply = () => {
    const body = table.tBodies[0];
    const rows = [...body.rows].sort((a, b) => {
      const [x, y] = [sortValue(a, sorted.col), sortValue(b, sorted.col)];
      const byValue = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en-GB');
      return sorted.dir * byValue || (a.cells[0].textContent ?? '').localeCompare(b.cells[0].textContent ?? '', 'en-GB');
    });
    body.append(...rows);
    const query = search.value.trim().toLowerCase();
    for (const row of rows) row.hidden = query !== '' && !(row.cells[0].textContent ?? '').toLowerCase().includes(query);
    headers.forEach((th, i) => th.setAttribute('aria-sort', i === sorted.col ? (sorted.dir > 0 ? 'ascending' : 'descending') : 'none'));
  };
  headers.forEach((th, col) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      sorted = { col, dir: sorted.col === col ? -sorted.dir : 1 };
      apply();
    });
  });
  search.addEventListener('input', apply);
  return apply;
}
