/**
 * Map interaction: every LA path reachable with a roving tabindex (Tab enters the map, arrow keys
 * move in name order, Home/End jump, Enter or Space selects), tooltips on hover and focus, and
 * legend cells that highlight their LAs in the map, table and scatterplot.
 */
export interface MapHandlers {
  /** Tooltip lines for a unit. */
  describe(id: string): { title: string; lines: string[] } | undefined;
  select(id: string): void;
}

const paths = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll<SVGPathElement>('.las path.la')].sort((a, b) =>
    (a.getAttribute('aria-label') ?? '').localeCompare(b.getAttribute('aria-label') ?? '', 'en-GB'),
  );

export function showTooltip(tooltip: HTMLElement, content: { title: string; lines: string[] }, x: number, y: number) {
  const title = document.createElement('p');
  const strong = document.createElement('strong');
  strong.textContent = content.title;
  title.append(strong);
  tooltip.replaceChildren(
    title,
    ...content.lines.map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }),
  );
  tooltip.hidden = false;
  const box = tooltip.parentElement!.getBoundingClientRect();
  const left = Math.min(x + 14, box.width - tooltip.offsetWidth - 4);
  tooltip.style.left = `${Math.max(0, left)}px`;
  tooltip.style.top = `${y + 14}px`;
}

/** Makes the paths of a freshly rendered map operable. Call again after the map is redrawn. */
export function enhanceMap(svg: SVGSVGElement, tooltip: HTMLElement, handlers: MapHandlers, selected: string) {
  const order = paths(svg);
  for (const path of order) {
    path.setAttribute('role', 'button');
    path.setAttribute('tabindex', '-1');
  }
  (order.find((p) => p.dataset.id === selected) ?? order[0])?.setAttribute('tabindex', '0');
  const relative = (clientX: number, clientY: number) => {
    const box = tooltip.parentElement!.getBoundingClientRect();
    return [clientX - box.left, clientY - box.top] as const;
  };
  const show = (target: Element | null, x: number, y: number) => {
    const id = target instanceof SVGPathElement && target.classList.contains('la') ? target.dataset.id : undefined;
    const content = id ? handlers.describe(id) : undefined;
    if (content) showTooltip(tooltip, content, x, y);
    else tooltip.hidden = true;
  };
  svg.addEventListener('pointermove', (e) => show(e.target as Element, ...relative(e.clientX, e.clientY)));
  svg.addEventListener('pointerleave', () => {
    tooltip.hidden = true;
  });
  svg.addEventListener('click', (e) => {
    const id = (e.target as Element).closest<SVGPathElement>('path.la')?.dataset.id;
    if (id) handlers.select(id);
  });
  svg.addEventListener('focusin', (e) => {
    const box = (e.target as Element).getBoundingClientRect();
    show(e.target as Element, ...relative(box.right, box.top + box.height / 2));
  });
  svg.addEventListener('focusout', () => {
    tooltip.hidden = true;
  });
  svg.addEventListener('keydown', (e) => {
    const current = e.target as SVGPathElement;
    const i = order.indexOf(current);
    if (i < 0) return;
    const moves: Record<string, number> = {
      ArrowRight: i + 1,
      ArrowDown: i + 1,
      ArrowLeft: i - 1,
      ArrowUp: i - 1,
      Home: 0,
      End: order.length - 1,
    };
    if (e.key in moves) {
      e.preventDefault();
      const next = order[(moves[e.key] + order.length) % order.length];
      current.setAttribute('tabindex', '-1');
      next.setAttribute('tabindex', '0');
      next.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      handlers.select(current.dataset.id ?? '');
    } else if (e.key === 'Escape') tooltip.hidden = true;
  });
}

/** Highlights every element carrying one of the cell's units (map paths, table rows, scatter dots). */
export function highlightCell(roots: readonly Element[], cell: string | null) {
  for (const root of roots) {
    root.querySelector('svg')?.classList.toggle('dimmed', cell !== null);
    for (const node of root.querySelectorAll('[data-cell]'))
      node.classList.toggle('lit', cell !== null && node.getAttribute('data-cell') === cell);
  }
}

export function wireLegend(legend: HTMLElement, onCell: (cell: string | null) => void) {
  const cellOf = (e: Event) => (e.target as Element).closest('.cell')?.getAttribute('data-cell') ?? null;
  legend.addEventListener('pointerover', (e) => onCell(cellOf(e)));
  legend.addEventListener('pointerleave', () => onCell(null));
  legend.addEventListener('focusin', (e) => onCell(cellOf(e)));
  legend.addEventListener('focusout', () => onCell(null));
}
