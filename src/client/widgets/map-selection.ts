/** The selected LA (?la=): outlined on the map and described, with links to its profile, beside it. */
import { describeRow, type MapConfig, type MapState, type View } from '../../views/map/model';

export function showSelection(svg: SVGSVGElement, view: View, config: MapConfig, state: MapState) {
  for (const path of svg.querySelectorAll<SVGPathElement>('path.la')) {
    const selected = path.dataset.id === state.la;
    path.classList.toggle('selected', selected);
    if (!path.closest('.inset')) path.setAttribute('aria-pressed', String(selected));
    if (selected) path.parentElement?.append(path); // drawn last so its outline is not covered
  }
  const panel = document.getElementById('la-detail')!;
  const row = view.rows.find((r) => r.id === state.la);
  if (!row) {
    panel.replaceChildren();
    return;
  }
  const heading = document.createElement('h3');
  heading.textContent = row.name;
  const facts = describeRow(row, config, state).map((line) => {
    const p = document.createElement('p');
    p.textContent = line;
    return p;
  });
  const links = (config.profiles[row.id] ?? []).map((profile) => {
    const p = document.createElement('p');
    const a = document.createElement('a');
    a.href = profile.href;
    a.textContent = `Profile of ${profile.name}`;
    p.append(a);
    return p;
  });
  panel.replaceChildren(heading, ...facts, ...links);
}
