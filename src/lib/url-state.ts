/**
 * Page state kept in the URL. Every parameter is checked against an allowlist: unknown keys are
 * ignored and unknown values fall back to the default, so nothing from the URL reaches the page
 * unless it is one of our own values. A parameter with `list: n` holds up to n comma-separated values
 * (e.g. ?la=E08000025,E06000010): the allowed ones are kept once each, in order; none allowed -> default.
 */
export type StateSpec = Record<
  string,
  {
    values: readonly string[];
    default: string;
    list?: number;
    /** Values prerendered one by one for embeds when there are too many to prerender all (e.g. regions, not LAs): src/figures/kit/variants.ts. */
    prerender?: readonly string[];
  }
>;
export type StateOf<S extends StateSpec> = { [K in keyof S]: S[K]['values'][number] };

export function parseState<S extends StateSpec>(spec: S, search: string | URLSearchParams): StateOf<S> {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = {} as Record<string, string>;
  for (const [key, { values, default: fallback, list }] of Object.entries(spec)) {
    const raw = params.get(key);
    const kept =
      raw === null
        ? []
        : [...new Set(list ? raw.split(',') : [raw])].filter((v) => values.includes(v)).slice(0, list ?? 1);
    state[key] = kept.length ? kept.join(',') : fallback;
  }
  return state as StateOf<S>;
}

/** The query string for a state, leaving out values equal to their default (short, canonical URLs). */
export function stateToSearch<S extends StateSpec>(spec: S, state: StateOf<S>): string {
  const params = new URLSearchParams();
  for (const [key, { default: fallback }] of Object.entries(spec)) {
    const value = (state as Record<string, string>)[key];
    if (value !== undefined && value !== fallback) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** A path with a query string added, whether or not the path has one already (e.g. "/subgroups/?dim=sen"). */
export const withSearch = (path: string, search: string) =>
  search && path.includes('?') ? `${path}&${search.slice(1)}` : `${path}${search}`;

/** A URL value that was not used: unknown or retired (e.g. a mistyped LA code), so the default stands in for it. */
export interface Fallback {
  key: string;
  value: string;
}

/** The values in the URL that parseState left out (each list item on its own), in URL order. */
export function fallbacksOf(spec: StateSpec, search: string | URLSearchParams): Fallback[] {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return Object.entries(spec).flatMap(([key, { values, list }]) => {
    const raw = params.get(key);
    if (raw === null || raw === '') return [];
    return [...new Set(list ? raw.split(',') : [raw])]
      .filter((v) => !values.includes(v))
      .map((value) => ({ key, value }));
  });
}

/** What a parameter is called in the note, e.g. `la` -> "LA code"; others by their own name. */
const PARAMETER_NAMES: Record<string, string> = {
  la: 'LA code',
  year: 'Year',
  measure: 'Measure',
  type: 'School type',
  dep: 'Comparison',
  dim: 'Characteristic',
  area: 'Area',
  view: 'View',
  emph: 'Emphasis',
  tab: 'Tab',
};
/** Long values are cut: a note names the value, it does not echo whatever a link carried. */
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 39)}…` : value);

/**
 * One polite sentence naming each value that fell back, e.g. `LA code "E0600009X" is not known; showing
 * Knowsley instead.` (`showing` describes what the page shows now), or '' when nothing fell back.
 * Set it with textContent: the values come from the URL.
 */
export function fallbackNote(fallbacks: Fallback[], showing: string): string {
  if (!fallbacks.length) return '';
  const named = fallbacks.map((f) => `${PARAMETER_NAMES[f.key] ?? f.key} "${shown(f.value)}"`);
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
  return `${list} ${named.length === 1 ? 'is' : 'are'} not known; showing ${showing} instead.`;
}
