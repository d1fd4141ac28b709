/**
 * The map page's scatterplot made readable on every device: a tooltip with the LA's name and both values on
 * hover, tap and keyboard focus, kept inside the chart. The dots take a roving tabindex (Tab enters, arrow
 * keys move to the next dot left, right, up or down, Enter or Space selects the LA, Escape closes the tooltip).
 * The chart is redrawn on every state change; the listeners sit on its box, so they outlive each drawing.
 */
export interface ScatterHandlers {
  /** The tooltip of a dot: "Knowsley: overall absence 8.6%; child income deprivation 30.3% of children". */
  describe(id: string): string | undefined;
  select(id: string): void;
}

const dotOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<SVGCircleElement>('circle.dot') : null;
const at = (dot: SVGCircleElement, axis: 'cx' | 'cy') => Number(dot.getAttribute(axis));

export function wireScatterTips(box: HTMLElement, tip: HTMLElement, handlers: ScatterHandlers) {
  const wrap = tip.parentElement!;
  let current = '';
  let refocus = false;
  const dots = () => [...box.querySelectorAll<SVGCircleElement>('circle.dot')];

  const hide = () => {
    tip.hidden = true;
    box.querySelector('.dot.pointed')?.classList.remove('pointed');
  };
  const show = (dot: SVGCircleElement) => {
    const text = handlers.describe(dot.dataset.id ?? '');
    if (!text) return hide();
    box.querySelector('.dot.pointed')?.classList.remove('pointed');
    dot.classList.add('pointed');
    tip.textContent = text;
    tip.hidden = false;
    // Beside the dot, on whichever side keeps the tooltip inside the chart's own box.
    const frame = wrap.getBoundingClientRect();
    const chart = (box.querySelector('svg') ?? box).getBoundingClientRect();
    const d = dot.getBoundingClientRect();
    const [x, y] = [d.left + d.width / 2 - frame.left, d.top + d.height / 2 - frame.top];
    const [left, right] = [chart.left - frame.left, chart.right - frame.left];
    const [w, h] = [Math.min(tip.offsetWidth, right - left), tip.offsetHeight];
    const tx = x + 12 + w <= right ? x + 12 : Math.max(left, x - 12 - w);
    const ty = y - h - 10 >= chart.top - frame.top ? y - h - 10 : y + 12;
    tip.style.left = `${tx}px`;
    tip.style.top = `${ty}px`;
  };

  /** A fresh drawing: every dot named and focusable in turn, the last one used (or the first) in the tab order. */
  const prepare = () => {
    const svg = box.querySelector('svg');
    if (!svg) return;
    svg.setAttribute('role', 'group');
    const all = dots();
    for (const dot of all) {
      dot.setAttribute('tabindex', '-1');
      dot.setAttribute('role', 'button');
      dot.setAttribute('aria-label', handlers.describe(dot.dataset.id ?? '') ?? dot.dataset.id ?? '');
    }
    const first = all.find((d) => d.dataset.id === current) ?? all[0];
    first?.setAttribute('tabindex', '0');
    // A selection redraws the chart: focus (and so the tooltip) returns to the dot chosen once it is redrawn.
    if (refocus && first?.dataset.id === current && !box.contains(document.activeElement)) {
      first.focus();
      refocus = false;
    }
  };
  new MutationObserver(prepare).observe(box, { childList: true });
  prepare();

  const choose = (dot: SVGCircleElement) => {
    current = dot.dataset.id ?? '';
    refocus = document.activeElement === dot;
    handlers.select(current);
  };
  box.addEventListener('pointerover', (e) => {
    const dot = dotOf(e.target);
    if (dot && e.pointerType === 'mouse') show(dot);
  });
  box.addEventListener('pointerout', (e) => {
    if (e.pointerType === 'mouse' && dotOf(e.target) && !dotOf(e.relatedTarget)) hide();
  });
  box.addEventListener('click', (e) => {
    const dot = dotOf(e.target);
    if (!dot) return hide();
    show(dot);
    choose(dot);
  });
  box.addEventListener('focusin', (e) => {
    const dot = dotOf(e.target);
    if (dot) show(dot);
  });
  box.addEventListener('focusout', (e) => {
    if (!dotOf(e.relatedTarget)) hide();
  });
  box.addEventListener('keydown', (e) => {
    const dot = dotOf(e.target);
    if (!dot) return;
    const moves: Record<string, ['cx' | 'cy', 1 | -1]> = {
      ArrowRight: ['cx', 1],
      ArrowLeft: ['cx', -1],
      ArrowDown: ['cy', 1],
      ArrowUp: ['cy', -1],
    };
    if (e.key in moves) {
      e.preventDefault();
      const [axis, sign] = moves[e.key];
      // The nearest dot further along that axis (ties broken by distance on the other one).
      const other = axis === 'cx' ? 'cy' : 'cx';
      const next = dots()
        .filter((d) => sign * (at(d, axis) - at(dot, axis)) > 0)
        .sort(
          (a, b) =>
            Math.abs(at(a, axis) - at(dot, axis)) +
            Math.abs(at(a, other) - at(dot, other)) / 4 -
            (Math.abs(at(b, axis) - at(dot, axis)) + Math.abs(at(b, other) - at(dot, other)) / 4),
        )[0];
      if (!next) return;
      dot.setAttribute('tabindex', '-1');
      next.setAttribute('tabindex', '0');
      current = next.dataset.id ?? '';
      next.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(dot);
    } else if (e.key === 'Escape') hide();
  });
  /** Names the dots again once the values they describe have loaded. */
  return { refresh: prepare };
}
