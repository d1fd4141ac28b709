/**
 * Tabs (WAI-ARIA tabs pattern): a click, or the arrow, Home and End keys, choose a tab; `onChoose` says
 * what choosing does (show its panel, or change the page state). Without JavaScript every panel shows.
 */
export function wireTabs(tablist: HTMLElement, onChoose: (tab: HTMLButtonElement) => void) {
  const tabs = [...tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
  const select = (chosen: HTMLButtonElement) => selectTab(tablist, chosen.id);
  tablist.addEventListener('click', (event) => {
    const tab = (event.target as Element).closest<HTMLButtonElement>('[role="tab"]');
    if (tab) onChoose(tab);
  });
  tablist.addEventListener('keydown', (event) => {
    const i = tabs.indexOf(event.target as HTMLButtonElement);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (i < 0 || (!step && event.key !== 'Home' && event.key !== 'End')) return;
    event.preventDefault();
    const next =
      tabs[event.key === 'Home' ? 0 : event.key === 'End' ? tabs.length - 1 : (i + step + tabs.length) % tabs.length];
    onChoose(next);
    next.focus();
  });
  tablist.hidden = false;
  return { tabs, select };
}

/**
 * Marks the tab with this id selected (the only one in the tab order) and shows its panel only; a page's boot
 * script calls it before first paint for the tab its URL names, before the tabs are wired.
 */
export function selectTab(tablist: HTMLElement, id: string) {
  for (const tab of tablist.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
    const on = tab.id === id;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    document.getElementById(tab.getAttribute('aria-controls') ?? '')!.hidden = !on;
  }
}
