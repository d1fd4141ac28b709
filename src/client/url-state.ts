/**
 * The page side of URL state: read the state from the URL, write every change back (one history entry
 * each, so back and forward work), follow popstate, and keep the page's form controls in step.
 * Every value is round-tripped through the page's parser, so one set from code is checked like one
 * from the URL (src/lib/url-state.ts holds the allowlists).
 */
import { parseState, stateToSearch, type StateOf, type StateSpec } from '../lib/url-state';

export interface UrlCodec<T> {
  parse(search: string): T;
  toSearch(state: T): string;
}

/** The codec of a page whose state is a StateSpec allowlist (T: the page's name for that state's type). */
export const specCodec = <S extends StateSpec, T extends StateOf<S> = StateOf<S>>(spec: S): UrlCodec<T> => ({
  parse: (search) => parseState(spec, search) as T,
  toSearch: (state) => stateToSearch(spec, state),
});

export interface UrlStateOptions {
  /** Forms whose controls are state parameters, matched by name; a change sets the parameter. */
  forms?: HTMLFormElement[];
  /** Control names that differ from their parameter's name: { emphasis: 'emph' }. */
  aliases?: Record<string, string>;
}

export interface UrlState<T, R> {
  readonly state: T;
  /** Applies a change (checked by the parser), records it in the history unless `push` is false, and shows it. */
  set(change: Partial<T>, push?: boolean): R;
}

export function bindUrlState<T extends object, R>(
  codec: UrlCodec<T>,
  onChange: (state: T) => R,
  { forms = [], aliases = {} }: UrlStateOptions = {},
): UrlState<T, R> {
  let state = codec.parse(location.search);
  const keyOf = (name: string) => aliases[name] ?? name;
  const syncControls = () => {
    for (const form of forms) {
      for (const field of form.elements) {
        if (!(field instanceof HTMLSelectElement || field instanceof HTMLInputElement) || !field.name) continue;
        const value = (state as Record<string, unknown>)[keyOf(field.name)];
        if (typeof value !== 'string') continue;
        if (field instanceof HTMLInputElement && field.type === 'radio') field.checked = field.value === value;
        else field.value = value;
      }
    }
  };
  const show = () => {
    syncControls();
    return onChange(state);
  };
  for (const form of forms) {
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('change', (event) => {
      const field = event.target as HTMLInputElement | HTMLSelectElement;
      if (field.name) set({ [keyOf(field.name)]: field.value } as Partial<T>);
    });
  }
  window.addEventListener('popstate', () => {
    state = codec.parse(location.search);
    show();
  });
  function set(change: Partial<T>, push = true): R {
    state = codec.parse(codec.toSearch({ ...state, ...change }));
    if (push) history.pushState(null, '', `${location.pathname}${codec.toSearch(state)}`);
    return show();
  }
  return {
    get state() {
      return state;
    },
    set,
  };
}
