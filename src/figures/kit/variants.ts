/**
 * The states of a figure that are prerendered as static files (SVG, CSV) for embeds and downloads:
 * every combination when there are few, else the default plus each single change of a parameter
 * with few values (or with a short `prerender` list). Parameters with many values (e.g. one per local
 * authority) are then left at their default: the page shows them all; a live figure draws them in the browser.
 */
import type { StateOf, StateSpec } from '../../lib/url-state';

export const MAX_VARIANTS = 60;
export const MAX_SINGLE_VALUES = 25;

export function defaultState<S extends StateSpec>(spec: S): StateOf<S> {
  return Object.fromEntries(Object.entries(spec).map(([k, v]) => [k, v.default])) as StateOf<S>;
}

const slug = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** File-safe key of a state: "default", or its non-default values, e.g. "measure-persistent--type-special". */
export function variantKey<S extends StateSpec>(spec: S, state: StateOf<S>): string {
  const parts = Object.entries(spec)
    .filter(([k, v]) => (state as Record<string, string>)[k] !== v.default)
    .map(([k]) => `${slug(k)}-${slug((state as Record<string, string>)[k])}`);
  return parts.length ? parts.join('--') : 'default';
}

/**
 * The prerendered states, the default always first (even when a default, e.g. "latest year", is not among the values).
 * Parameters in `expand` are prerendered for every value even when combinations are many (e.g. every LA's
 * chart), each with the single changes of the other parameters.
 */
export function variantsOf<S extends StateSpec>(
  spec: S,
  { max = MAX_VARIANTS, expand = [] }: { max?: number; expand?: readonly string[] } = {},
): StateOf<S>[] {
  const entries = Object.entries(spec);
  const total = entries.reduce((n, [, v]) => n * v.values.length, 1);
  const base = defaultState(spec) as Record<string, string>;
  const combinations = (params: typeof entries, from: Record<string, string>[]) =>
    params.reduce((acc, [k, v]) => acc.flatMap((s) => v.values.map((value) => ({ ...s, [k]: value }))), from);
  // A parameter's `prerender` list, when it has one, names the values worth prerendering one by one.
  const singles = entries
    .map(([k, v]) => [k, { ...v, values: v.prerender ?? v.values }] as const)
    .filter(([k, v]) => !expand.includes(k) && v.values.length <= MAX_SINGLE_VALUES);
  const others =
    total <= max
      ? combinations(entries, [{}])
      : combinations(
          entries.filter(([k]) => expand.includes(k)),
          [base],
        ).flatMap((s) => [
          s,
          ...singles.flatMap(([k, v]) =>
            v.values.filter((value) => value !== v.default).map((value) => ({ ...s, [k]: value })),
          ),
        ]);
  const byKey = new Map([base, ...others].map((s) => [variantKey(spec, s as StateOf<S>), s]));
  return [...byKey.values()] as StateOf<S>[];
}
