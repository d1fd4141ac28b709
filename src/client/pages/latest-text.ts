/** /latest/'s words for one area and school type: the headline figures and the sentences (text via textContent only). */
import { change } from '../../lib/format';
import { CURRENT_REGISTER_YEAR, REGISTER_YEARS, type RegisterSchoolType } from '../../config/attendance';
import {
  COMPARE_LABELS,
  COMPARE_MEASURES,
  latestSentences,
  measureOf,
  type AreaAttendance,
} from '../../views/latest/model';

const previousYear = REGISTER_YEARS[REGISTER_YEARS.length - 2];

function text(tag: string, content: string, className?: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = content;
  if (className) el.className = className;
  return el;
}

export function showAreaText(area: AreaAttendance | undefined, type: RegisterSchoolType): void {
  document.getElementById('glance-area')!.textContent = area?.name ?? '';
  document.getElementById('headline')!.replaceChildren(
    ...COMPARE_MEASURES.map((m) => {
      const now = measureOf(area, 'ytd', type, CURRENT_REGISTER_YEAR, m);
      const before = measureOf(area, 'ytd', type, previousYear, m);
      const c = change(before, now);
      const div = document.createElement('div');
      const first = document.createElement('dd');
      first.append(text('strong', c.to), ' ', text('span', `${CURRENT_REGISTER_YEAR} to week 26`, 'muted'));
      const second = document.createElement('dd');
      second.append(c.from, ' ', text('span', `${previousYear} whole year (${c.diff})`, 'muted'));
      div.append(text('dt', COMPARE_LABELS[m]), first, second);
      return div;
    }),
  );
  document
    .getElementById('latest-sentences')!
    .replaceChildren(...latestSentences(area, type).map((s) => text('li', s)));
}
