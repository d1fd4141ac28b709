/**
 * The compare view's URL state: ?la=E08000025,E06000010&measure=persistent&focus=E08000025&slots=0,2.
 * LA codes are kept only if they are on the allowlist (deduplicated, at most MAX_LAS); the measure goes
 * through parseState. `focus` is the LA the reader came from (highlighted; its region drawn for reference);
 * `slots` gives each LA its colour, so removing one never recolours the others.
 */
import { parseState, stateToSearch } from '../../lib/url-state';
import { MEASURES, type Measure } from '../../config/measures';

export const MAX_LAS = 6;

/**
 * Default view: six of England's eight "core cities" (the largest regional cities outside London),
 * spread across the North, Midlands and South.
 */
export const DEFAULT_LAS = ['E08000025', 'E08000003', 'E08000035', 'E08000012', 'E06000023', 'E08000021'] as const;

export const MEASURE_SPEC = { measure: { values: MEASURES, default: 'overall' } } as const;

const SLOT_VALUES = Array.from({ length: MAX_LAS }, (_, i) => String(i));

export interface CompareState {
  codes: string[];
  measure: Measure;
  /** The highlighted LA (one of `codes`), or null. */
  focus?: string | null;
  /** Colour slot of each LA in `codes` (0 to MAX_LAS - 1, each once); omitted: in order. */
  slots?: number[];
}

/** The URL allowlist (also the compare-las figure's state): a list of up to MAX_LAS codes, the measure, focus and colour slots. */
export const compareStateSpec = (codes: readonly string[]) => ({
  la: { values: codes, default: DEFAULT_LAS.join(','), list: MAX_LAS },
  ...MEASURE_SPEC,
  focus: { values: codes, default: '', prerender: [] },
  slots: { values: SLOT_VALUES, default: '', list: MAX_LAS, prerender: [] },
});

/** The URL's parameters with the LA codes as the allowlist spells them (any case, spaces ignored). */
export function compareParams(search: string): URLSearchParams {
  const params = new URLSearchParams(search);
  for (const key of ['la', 'focus'])
    if (params.has(key)) params.set(key, params.get(key)!.replace(/\s+/g, '').toUpperCase());
  return params;
}

/** The colour slot of each LA: the URL's when it gives one per LA, else in order. */
export function slotsOf(state: CompareState): number[] {
  const given = state.slots ?? [];
  return given.length === state.codes.length ? given : state.codes.map((_, i) => i);
}

/** The state from figure parameters (strings), keeping the focus only when it is one of the LAs shown. */
export function fromParams(s: { la: string; measure: Measure; focus?: string; slots?: string }): CompareState {
  const codes = s.la.split(',');
  const slots = s.slots ? s.slots.split(',').map(Number) : [];
  return {
    codes,
    measure: s.measure,
    focus: s.focus && codes.includes(s.focus) ? s.focus : null,
    ...(slots.length === codes.length ? { slots } : {}),
  };
}

/** Valid codes from the URL (any case, spaces ignored), or the default set when none is valid. */
export function parseCompareState(search: string, allowed: ReadonlySet<string>): CompareState {
  const params = compareParams(search);
  const state = parseState(compareStateSpec([...allowed]), params);
  const parsed = fromParams(state);
  return {
    codes: parsed.codes,
    measure: parsed.measure,
    ...(parsed.focus ? { focus: parsed.focus } : {}),
    ...(parsed.slots ? { slots: parsed.slots } : {}),
  };
}

/** The figure parameters of a state. */
export const toParams = (state: CompareState) => ({
  la: state.codes.join(','),
  measure: state.measure,
  focus: state.focus ?? '',
  slots: state.slots && state.slots.some((s, i) => s !== i) ? state.slots.join(',') : '',
});

/** The query string for a state (codes are allowlisted, so they are written unescaped for readable URLs). */
export function compareToSearch(state: CompareState): string {
  const p = toParams(state);
  const measure = stateToSearch(MEASURE_SPEC, { measure: state.measure });
  return `?la=${p.la}${measure ? `&${measure.slice(1)}` : ''}${p.focus ? `&focus=${p.focus}` : ''}${p.slots ? `&slots=${p.slots}` : ''}`;
}

/** Removes an LA, keeping every other LA's colour slot (and the focus unless it is the one removed). */
export function removeLa(state: CompareState, code: string): CompareState {
  const slots = slotsOf(state);
  const keep = state.codes.map((c, i) => [c, slots[i]] as const).filter(([c]) => c !== code);
  return {
    ...state,
    codes: keep.map(([c]) => c),
    slots: keep.map(([, s]) => s),
    focus: state.focus === code ? null : state.focus,
  };
}

/** Adds an LA in the first free colour slot. */
export function addLa(state: CompareState, code: string): CompareState {
  if (state.codes.includes(code) || state.codes.length >= MAX_LAS) return state;
  const slots = slotsOf(state);
  const free = SLOT_VALUES.map(Number).find((s) => !slots.includes(s))!;
  return { ...state, codes: [...state.codes, code], slots: [...slots, free] };
}
