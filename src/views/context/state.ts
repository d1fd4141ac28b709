/** The URL state of /context/: which view is shown and the academic year. Shared by the build and the browser. */
import type { StateSpec } from '../../lib/url-state';
import type { ContextViewData } from './model';

export const CONTEXT_VIEWS = [
  { id: 'readiness', label: 'School readiness', heading: 'School readiness at age 5' },
  { id: 'send', label: 'SEND', heading: 'Special educational needs (SEND)' },
  { id: 'attainment', label: 'Absence and attainment', heading: 'Absence and attainment at 16' },
] as const;
export type ContextViewId = (typeof CONTEXT_VIEWS)[number]['id'];

/** Years allowed in the URL: any year of any view; each figure falls back to its own latest year. */
export function contextStateSpec(data: ContextViewData) {
  const years = [...new Set([...data.years.gld, ...data.years.ehcp, ...data.scatterYears])].sort();
  return {
    view: { values: CONTEXT_VIEWS.map((v) => v.id), default: 'readiness' },
    year: { values: years, default: years[years.length - 1] },
  } satisfies StateSpec;
}

/** The years the year picker offers in a view. */
export function yearsOfView(data: ContextViewData, view: ContextViewId): string[] {
  return view === 'readiness' ? data.years.gld : view === 'send' ? data.years.ehcp : data.scatterYears;
}
