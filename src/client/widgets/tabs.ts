/** Map / scatterplot tabs (WAI-ARIA tabs pattern). Without JavaScript both panels simply show. */
/** `onShow` is called with the id of the panel that becomes visible. */
export function wireTabs(tablist: HTMLElement, onShow: (panelId: string) => void) {
  const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const choose = (tab: HTMLButtonElement, focus: boolean) => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute('aria-controls') ?? '')!.hidden = !on;
    }
    onShow(tab.getAttribute('aria-controls') ?? '');
    if (focus) tab.focus();
  };
  tablist.addEventListener('click', (e) => {
    const tab = (e.target as Element).closest<HTMLButtonElement>('[role="tab"]');
    if (tab) choose(tab, false);
  });
  tablist.addEventListener('keydown', (e) => {
    const i = tabs.indexOf(e.target as HTMLButtonElement);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (i >= 0 && step) choose(tabs[(i + step + tabs.length) % tabs.length], true);
  });
  tablist.hidden = false;
  choose(tabs[0], false);
}
