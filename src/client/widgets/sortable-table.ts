/** The map's table in the browser: sort by any column, search by name (rows are only hidden or reordered). */
const sortValue = (row: HTMLTableRowElement, col: number): string | number => {
  const text = row.cells[col]?.textContent ?? '';
  if (col < 2 || col >= 6) return text;
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
      const byValue =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'en-GB');
      return (
        sorted.dir * byValue || (a.cells[0].textContent ?? '').localeCompare(b.cells[0].textContent ?? '', 'en-GB')
      );
    });
    body.append(...rows);
    const query = search.value.trim().toLowerCase();
    for (const row of rows)
      row.hidden = query !== '' && !(row.cells[0].textContent ?? '').toLowerCase().includes(query);
    headers.forEach((th, i) =>
      th.setAttribute('aria-sort', i === sorted.col ? (sorted.dir > 0 ? 'ascending' : 'descending') : 'none'),
    );
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
