/**
 * Interactive code and the data for other states load on the reader's first reach for them, not on
 * first load: the build's HTML and SVG already show the default state.
 */

const REACH = ['pointerover', 'touchstart', 'focusin'] as const;
const ACT = ['input', 'change', 'click'] as const;

type Field = HTMLInputElement | HTMLSelectElement;
const isField = (el: Element): el is Field => el instanceof HTMLInputElement || el instanceof HTMLSelectElement;

/**
 * Calls load once, on the first pointer, touch or focus inside root. What the reader did while it
 * loaded is replayed once the page's own listeners are in place: the focus (if it stayed), each
 * input or change (with the value it had then) and each button click.
 */
export function loadOnFirstInteraction(root: HTMLElement, load: () => Promise<unknown>): void {
  const pending: (() => void)[] = [];
  let loading: Promise<void> | undefined;
  const begin = () =>
    (loading ??= load().then(() => {
      for (const type of [...REACH, ...ACT]) root.removeEventListener(type, record, { capture: true });
      for (const replay of pending.splice(0)) replay();
    }));

  function record(event: Event): void {
    void begin();
    const target = event.target as HTMLElement;
    // Chart actions have their own script, already listening.
    if (target.closest('.chart-actions')) return;
    if (event.type === 'focusin') {
      pending.push(() => {
        if (document.activeElement !== target) return;
        target.dispatchEvent(new FocusEvent('focus'));
        target.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      });
    } else if (event.type === 'input' || event.type === 'change') {
      if (!isField(target)) return;
      const [value, checked] = [target.value, (target as HTMLInputElement).checked];
      pending.push(() => {
        target.value = value;
        if (target instanceof HTMLInputElement) target.checked = checked;
        target.dispatchEvent(new Event(event.type, { bubbles: true }));
      });
    } else if (event.type === 'click') {
      const button = target.closest('button');
      // The loaded code may have redrawn the button: click the one now in its place.
      const selector = button?.id
        ? `#${CSS.escape(button.id)}`
        : button?.dataset.code
          ? `button[data-code="${CSS.escape(button.dataset.code)}"]`
          : null;
      if (button)
        pending.push(() =>
          (button.isConnected || !selector ? button : root.querySelector<HTMLButtonElement>(selector))?.click(),
        );
    }
  }
  for (const type of [...REACH, ...ACT]) root.addEventListener(type, record, { capture: true, passive: true });
}

/** Runs fn after the first paint, in its own task, so loading a state the build did not draw never delays it. */
export function afterFirstPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}
