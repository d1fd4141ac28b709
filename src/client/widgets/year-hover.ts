/**
 * Values on hover and on keyboard focus for charts with a year hover layer
 * (src/charts/year-hover.ts): pointer hover over a year column, or the figure's year slider,
 * shows that year's tips in every panel and writes the values into the live <output>.
 */
export interface YearHoverOptions {
  years: readonly string[];
  /** The values of a year as one sentence, for the live region. */
  readout(year: string): string;
}

export function wireYearHover(figure: HTMLElement, { years, readout }: YearHoverOptions): void {
  const explorer = figure.querySelector<HTMLElement>('.year-explorer');
  const slider = explorer?.querySelector<HTMLInputElement>('input[type=range]');
  const output = explorer?.querySelector('output');
  if (!explorer || !slider || !output) return;
  explorer.hidden = false;

  const show = (year: string | null) => {
    for (const g of figure.querySelectorAll('.year-hover [data-year]')) {
      g.querySelector('.year-tip')?.setAttribute(
        'visibility',
        g.getAttribute('data-year') === year ? 'visible' : 'hidden',
      );
    }
  };
  const select = (index: number) => {
    const year = years[index];
    slider.setAttribute('aria-valuetext', year);
    output.textContent = readout(year);
    show(year);
  };

  figure.addEventListener('pointermove', (event) => {
    const year = (event.target as Element).closest?.('.year-hover [data-year]')?.getAttribute('data-year');
    if (year) show(year);
  });
  figure
    .querySelector('.chart-svg')
    ?.addEventListener('pointerleave', () =>
      show(document.activeElement === slider ? years[Number(slider.value)] : null),
    );
  slider.addEventListener('input', () => select(Number(slider.value)));
  slider.addEventListener('focus', () => select(Number(slider.value)));
  slider.addEventListener('blur', () => show(null));
}
