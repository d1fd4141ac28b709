/**
 * "Find an LA on the map": the names offered are the year's LAs (boundaries change between years), filled
 * in the browser rather than the HTML; choosing a name selects that LA, as a tap on the map would.
 */
import type { View } from '../../views/map/model';

export function wireLaFind(input: HTMLInputElement, select: (id: string) => void): (view: View) => void {
  let rows: View['rows'] = [];
  // A name chosen before the year's LAs arrive (the change that loaded the page's code) is kept until they do.
  let wanted = '';
  const pick = () => {
    const row = rows.find((r) => r.name.toLowerCase() === wanted);
    if (row || rows.length) wanted = '';
    if (row) select(row.id);
  };
  input.addEventListener('change', () => {
    wanted = input.value.trim().toLowerCase();
    pick();
  });
  input.closest('label')!.hidden = false;
  return (view) => {
    rows = view.rows;
    input.list!.replaceChildren(...rows.map((r) => Object.assign(document.createElement('option'), { value: r.name })));
    pick();
  };
}

/** On a phone the detail panel sits below the map: bring it into view once an LA is chosen. */
export function revealDetail(panel: HTMLElement) {
  const box = panel.getBoundingClientRect();
  if (panel.childElementCount && (box.top < 0 || box.bottom > innerHeight)) panel.scrollIntoView({ block: 'nearest' });
}
