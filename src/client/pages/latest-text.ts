/** /latest/'s words for one area and school type: the headline figures and the sentences (text via textContent only). */
import { pct, pp } from '../../lib/format';
import { CURRENT_REGISTER_YEAR, REGISTER_YEARS, type RegisterSchoolType } from '../../config/attendance';
import {
  COMPARE_LABELS,
  COMPARE_MEASURES,
  latestSentences,
  measureOf,
  roundTo,
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
      const change = pp(now === null || before === null ? null : roundTo(now - before, 1));
      const div = document.createElement('div');
      const first = document.createElement('dd');
      first.append(text('strong', pct(now)), ' ', text('span', `${CURRENT_REGISTER_YEAR} to week 26`, 'muted'));
      const second = document.createElement('dd');
      second.append(pct(before), ' ', text('span', `${previousYear} whole year (${change})`, 'muted'));
      div.append(text('dt', COMPARE_LABELS[m]), first, second);
      return div;
    }),
  );
  document
    .getElementById('latest-sentences')!
    .replaceChildren(...latestSentences(area, type).map((s) => text('li', s)));
}
