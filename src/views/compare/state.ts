/**
 * The compare view's URL state: ?la=E08000025,E06000010&measure=persistent. LA codes are kept only
 * if they are on the allowlist (deduplicated, at most MAX_LAS); the measure goes through parseState.
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

export interface CompareState {
  codes: string[];
  measure: Measure;
}

/** The URL allowlist (also the compare-las figure's state): a list of up to MAX_LAS codes, and the measure. */
export const compareStateSpec = (codes: readonly string[]) => ({
  la: { values: codes, default: DEFAULT_LAS.join(','), list: MAX_LAS },
  ...MEASURE_SPEC,
});

/** The URL's parameters with the LA codes as the allowlist spells them (any case, spaces ignored). */
export function compareParams(search: string): URLSearchParams {
  const params = new URLSearchParams(search);
  if (params.has('la')) params.set('la', params.get('la')!.replace(/\s+/g, '').toUpperCase());
  return params;
}

/** Valid codes from the URL (any case, spaces ignored), or the default set when none is valid. */
export function parseCompareState(search: string, allowed: ReadonlySet<string>): CompareState {
  const params = compareParams(search);
  const state = parseState(compareStateSpec([...allowed]), params);
  return { codes: state.la.split(','), measure: state.measure };
}

/** The query string for a state (codes are allowlisted, so they are written unescaped for readable URLs). */
export function compareToSearch(state: CompareState): string {
  const measure = stateToSearch(MEASURE_SPEC, { measure: state.measure });
  return `?la=${state.codes.join(',')}${measure ? `&${measure.slice(1)}` : ''}`;
}
