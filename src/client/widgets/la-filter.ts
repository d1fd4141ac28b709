/** Filters the /la/ list as the user types (same matching as the search box); starts from ?q= if given. */
import { searchLas, type SearchEntry } from '../../lib/search';

export function setUpLaFilter(input: HTMLInputElement, container: HTMLElement): void {
  const status = document.querySelector<HTMLElement>('#la-filter-status');
  const items = [...container.querySelectorAll<HTMLLIElement>('li[data-n]')].map((li) => ({
    li,
    entry: {
      n: li.dataset.n ?? '',
      v: (li.dataset.v ?? '').split('|').filter(Boolean),
      s: '',
      r: '',
    } satisfies SearchEntry,
  }));

  function apply() {
    const query = input.value.trim();
    const shown = new Set(
      query
        ? searchLas(
            items.map((i) => i.entry),
            query,
            Infinity,
          )
        : items.map((i) => i.entry),
    );
    for (const { li, entry } of items) li.hidden = !shown.has(entry);
    for (const section of container.querySelectorAll<HTMLElement>('[data-region]')) {
      section.hidden = !section.querySelector('li:not([hidden])');
    }
    if (status) status.textContent = query ? `${shown.size} of ${items.length} shown` : '';
  }

  input.value = (new URLSearchParams(window.location.search).get('q') ?? '').slice(0, 60); // only ever a value, never markup
  input.addEventListener('input', apply);
  input.closest('form')?.addEventListener('submit', (e) => e.preventDefault());
  apply();
}
