/**
 * The theme toggle: flips between light and dark and remembers the choice (public/theme.js applies
 * it before first paint on the next page). Without a saved choice the page follows the system setting.
 */
type Theme = 'light' | 'dark';
const KEY = 'theme';
const root = document.documentElement;
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')];

const isTheme = (v: unknown): v is Theme => v === 'light' || v === 'dark';

function current(): Theme {
  const chosen = root.dataset.theme;
  return isTheme(chosen) ? chosen : systemDark.matches ? 'dark' : 'light';
}

function sync() {
  for (const b of buttons) b.setAttribute('aria-pressed', String(current() === 'dark'));
}

function choose(theme: Theme) {
  root.dataset.theme = theme;
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Storage blocked: the choice lasts for this page only.
  }
  sync();
}

for (const b of buttons) {
  b.addEventListener('click', () => choose(current() === 'dark' ? 'light' : 'dark'));
}
systemDark.addEventListener('change', sync);
// Another tab changed the theme: follow it.
window.addEventListener('storage', (e) => {
  if (e.key === KEY && isTheme(e.newValue)) {
    root.dataset.theme = e.newValue;
    sync();
  }
});
sync();
