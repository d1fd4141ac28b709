/** Refills a DataTable (same markup as src/components/DataTable.astro) in the browser, text via textContent only. */
import type { TableContent } from '../figures/kit/table';

function cell(tag: 'th' | 'td', text: string | number, numeric?: boolean): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = String(text);
  if (numeric) el.className = 'num';
  return el;
}

export function fillTable(table: HTMLTableElement, { columns, rows }: TableContent, caption: string): void {
  table.caption!.textContent = caption;
  table.closest('[role=region]')?.setAttribute('aria-label', caption);
  const head = document.createElement('tr');
  head.append(...columns.map((c) => Object.assign(cell('th', c.label, c.numeric), { scope: 'col' })));
  table.tHead!.replaceChildren(head);
  table.tBodies[0].replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      tr.append(
        ...row.map((v, i) =>
          i === 0 ? Object.assign(cell('th', v), { scope: 'row' }) : cell('td', v, columns[i]?.numeric),
        ),
      );
      return tr;
    }),
  );
}
