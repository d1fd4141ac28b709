/**
 * The table of every LA (the map's non-visual equivalent): rows rendered with the document given,
 * so the build (no JavaScript) and the browser produce the same markup; sorting and searching in
 * the browser (src/client/widgets/sortable-table.ts) only hide or reorder rows.
 */
import { bivariateCssColour } from '../../charts/bivariate-palette';
import { classLabel } from '../../derive/bivariate';
import { FEW_PUPILS } from '../../config/benchmark';
import { formatValue, VS_ENGLAND_WORDS, type MapConfig, type MapState, type View } from './model';
import type { SecondVariableMeta } from '../../config/map-options';

/** Column headers; the second variable's two follow the state ("School readiness", "School readiness rank"). */
export const tableColumns = (dep: SecondVariableMeta) => [
  'Local authority',
  'Region',
  'Absence (%)',
  'Absence rank',
  dep.column,
  `${dep.column} rank`,
  'Class',
  'Persistent absence vs England',
];

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
    tr.dataset.cell = row.cls ? `${row.cls.absence}-${row.cls.need}` : 'none';
    const name = document.createElement('th');
    name.scope = 'row';
    const links = config.profiles[row.id] ?? [];
    if (links.length === 1) {
      const a = document.createElement('a');
      a.href = links[0].href;
      a.textContent = row.name;
      name.append(a);
    } else name.textContent = row.name;
    // Small numbers stay honest: a rate resting on few pupils is marked (the note under the table says so).
    if (row.pupils !== null && row.pupils < FEW_PUPILS) {
      const mark = document.createElement('span');
      mark.className = 'few';
      mark.title = `${row.pupils.toLocaleString('en-GB')} pupils`;
      mark.textContent = ' †';
      name.append(mark);
    }
    const swatch = document.createElement('span');
    swatch.className = row.cls ? 'swatch' : 'swatch no-data';
    if (row.cls) swatch.setAttribute('style', `background:${bivariateCssColour(row.cls.absence, row.cls.need)}`);
    const cls = cell('td', classLabel(row.cls, config.deps[state.dep]));
    cls.prepend(swatch);
    tr.append(
      name,
      cell('td', row.regionName),
      cell('td', formatValue(row.absence, { digits: 1, percent: true }), true),
      cell('td', row.absenceRank === null ? '' : String(row.absenceRank.rank), true),
      cell('td', formatValue(row.need, { ...config.deps[state.dep], digits: config.deps[state.dep].digits + 1 }), true),
      cell('td', row.needRank === null ? '' : String(row.needRank.rank), true),
      cls,
      cell('td', row.vsEngland === null ? '' : VS_ENGLAND_WORDS[row.vsEngland]),
    );
    tbody.append(tr);
  }
  return tbody;
}
