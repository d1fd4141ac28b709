/**
 * The pages `npm run bench` and the byte-budget test measure: the pages and URL states the performance
 * issue lists (each state loads more than its template's default), then one page per other template.
 */
import type { Template } from '../../tests/browser/templates';

/** Six LAs other than the compare page's build-time default, so the chart is drawn in the browser. */
const SIX_LAS = 'E08000034,E06000052,E09000007,E10000016,E06000010,E08000026';

/** States the build did not draw on their page, which load the drawing code and data for them. */
export const STATES = {
  map: '/map/?measure=persistent&year=2022%2F23',
  trends: '/trends/?view=regions',
  compare: `/compare/?la=${SIX_LAS}`,
  compareEmbed: `/embed/compare-las/?la=${SIX_LAS}`,
} as const;

export const NAMED_PAGES = [
  '/',
  '/la/knowsley/',
  '/map/',
  STATES.map,
  '/trends/',
  STATES.trends,
  '/subgroups/',
  '/context/',
  '/compare/',
  STATES.compare,
  '/data/',
  '/about/',
  '/embed/bivariate-absence-idaci/',
  '/embed/macro-region-trends/',
  STATES.compareEmbed,
] as const;

/** The named pages, then the first page of each template none of them comes from. */
export function pagesToMeasure(templates: readonly Template[]): string[] {
  const named = new Set<string>(NAMED_PAGES.map((p) => p.split('?')[0] as string));
  const others = templates.filter((t) => !t.pages.some((p) => named.has(p))).map((t) => t.pages[0] as string);
  return [...NAMED_PAGES, ...others];
}
