/** The LA search combobox (WAI-ARIA combobox with listbox popup). Options are built with textContent only. */
import { searchLas, type SearchEntry } from '../../lib/search';
import { sitePath } from '../../lib/site-path';

const INDEX_URL = sitePath('/la/search-index.json');
const LIMIT = 10;

export function setUpLaSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('[role="combobox"]')!;
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const status = form.querySelector<HTMLElement>('[role="status"]')!;
  let index: Promise<SearchEntry[]> | undefined;
  let results: SearchEntry[] = [];
  let active = -1;

  const load = () =>
    (index ??= fetch(INDEX_URL)
      .then((r) => (r.ok ? r.json() : []))
      .catch(() => []));
  const go = (entry: SearchEntry) => window.location.assign(sitePath(`/la/${entry.s}/`));

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(i: number) {
    active = i;
    [...list.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    const option = list.children[i];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function render() {
    list.replaceChildren(
      ...results.map((entry, i) => {
        const li = document.createElement('li');
        li.id = `${list.id}-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = entry.n;
        const where = document.createElement('small');
        where.textContent = entry.r;
        li.append(where);
        li.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
        li.addEventListener('click', () => go(entry));
        return li;
      }),
    );
    if (!results.length) {
      const li = document.createElement('li');
      li.className = 'empty';
      li.textContent = 'No local authority matches';
      list.append(li);
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    status.textContent = results.length
      ? `${results.length} local authorit${results.length === 1 ? 'y' : 'ies'} found`
      : 'No local authority matches';
    highlight(-1);
  }

  async function update() {
    const query = input.value;
    if (!query.trim()) return close();
    const entries = await load();
    if (input.value !== query) return; // typed on while the index loaded
    results = searchLas(entries, query, LIMIT);
    render();
  }

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void update());
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    const open = !list.hidden && results.length > 0;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return void update();
      const last = results.length - 1;
      highlight(e.key === 'ArrowDown' ? (active < last ? active + 1 : 0) : active > 0 ? active - 1 : last);
    } else if (e.key === 'Enter' && open) {
      e.preventDefault();
      go(results[Math.max(active, 0)]);
    } else if (e.key === 'Escape') {
      if (!list.hidden) close();
      else input.value = '';
    }
  });
}
