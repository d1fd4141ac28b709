/**
 * Says, politely and visibly, when a URL value was not used (a mistyped or retired LA code, a year with no
 * data): the page shows its default instead, and must not do so silently. Text only (values come from the URL).
 */
import { fallbackNote, fallbacksOf, type StateSpec } from '../../lib/url-state';

const NOTE_ID = 'url-fallback-note';

/**
 * Shows (or clears) the note for the page's URL, after the page's heading. Call it once the page shows its state:
 * the note names what is shown instead (the first chart's title). `search`: the URL's parameters as the page
 * reads them, when it normalises them first (e.g. LA codes in any case).
 */
export function showFallbackNote(spec: StateSpec, search: string | URLSearchParams = window.location.search): void {
  const title = document.querySelector('main .chart-title')?.textContent?.trim();
  const text = fallbackNote(fallbacksOf(spec, search), title ? `"${title}"` : 'the default view');
  let note = document.getElementById(NOTE_ID);
  if (!text) {
    note?.remove();
    return;
  }
  if (!note) {
    note = document.createElement('p');
    note.id = NOTE_ID;
    note.className = 'fallback-note';
    note.setAttribute('role', 'status');
    const main = document.querySelector('main');
    const heading = main?.querySelector('h1');
    if (heading) heading.after(note);
    else main?.prepend(note);
  }
  note.textContent = text;
}
