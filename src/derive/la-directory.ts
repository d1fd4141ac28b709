/**
 * Every local authority with absence data in any year (current and former), with its page slug,
 * region, years covered and boundary history. Profiles, the index, search and compare all read this.
 */
import { absenceRecords, latestYear } from '../data/absence';
import { normalise, variantsOf, type SearchEntry } from '../lib/search';
import { MACRO_REGION_CODES, regionByCode, type MacroRegion } from '../config/geography';
import { areaFor } from '../data/areas';
import { sitePath } from '../lib/site-path';
import { readableName } from './area-name';

export interface LaInfo {
  code: string;
  name: string;
  /** Unique page slug: the name, plus the code for a former LA sharing its name with a current one. */
  slug: string;
  regionCode: string;
  regionName: string;
  macro: MacroRegion;
  macroCode: string;
  firstYear: string;
  lastYear: string;
  /** Has data in the latest year. */
  current: boolean;
  /** LAs it was formed from / that replaced it (codes), and a plain-words note on the change. */
  predecessors: string[];
  successors: string[];
  change: string | null;
}

export const slugOf = (name: string): string => normalise(name).replace(/ /g, '-');

function buildDirectory(): LaInfo[] {
  const byCode = new Map<string, { name: string; regionCode: string; years: string[] }>();
  for (const r of absenceRecords) {
    if (r.level !== 'Local authority' || r.schoolType !== 'Total' || !r.regionCode) continue;
    const entry = byCode.get(r.code) ?? { name: r.name, regionCode: r.regionCode, years: [] };
    entry.years.push(r.year);
    byCode.set(r.code, entry);
  }
  const namesUsed = new Map<string, number>();
  for (const { name } of byCode.values()) namesUsed.set(name, (namesUsed.get(name) ?? 0) + 1);

  return [...byCode]
    .map(([code, { name, regionCode, years }]) => {
      const sorted = years.sort();
      const lastYear = sorted[sorted.length - 1];
      const current = lastYear === latestYear;
      const region = regionByCode.get(regionCode);
      if (!region) throw new Error(`LA ${code} (${name}) has unknown region ${regionCode}`);
      const shared = (namesUsed.get(name) ?? 0) > 1;
      const area = areaFor(code);
      return {
        code,
        name,
        regionCode,
        current,
        lastYear,
        slug: shared && !current ? `${slugOf(name)}-${code.toLowerCase()}` : slugOf(name),
        regionName: region.name,
        macro: region.macro,
        macroCode: MACRO_REGION_CODES[region.macro],
        firstYear: sorted[0],
        predecessors: [...(area?.predecessors ?? [])],
        successors: [...(area?.successors ?? [])],
        change: area?.change ?? null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || Number(b.current) - Number(a.current));
}

export const laDirectory: readonly LaInfo[] = buildDirectory();
export const laByCode = new Map(laDirectory.map((la) => [la.code, la]));
export const laBySlug = new Map(laDirectory.map((la) => [la.slug, la]));
export const LA_CODES: readonly string[] = laDirectory.map((la) => la.code);

/** "Dorset (to 2018/19)" for a former LA, the plain name otherwise. */
/** A chart's label for an LA: its readable name, with "(to 2018/19)" for a former LA. */
export const laLabel = (la: LaInfo): string =>
  la.current ? readableName(la.name) : `${readableName(la.name)} (to ${la.lastYear})`;

/** An LA profile's path from the site's root (figures' pageOf), and its link (under the base). */
export const laPath = (la: LaInfo): string => `/la/${la.slug}/`;
export const laHref = (la: LaInfo): string => sitePath(laPath(la));

/** The LA as the search index carries it: name, other names, slug, and where it is (or that it is former). */
export function searchEntry(la: LaInfo): SearchEntry {
  const variants = variantsOf(la.name);
  return {
    n: la.name,
    ...(variants.length ? { v: variants } : {}),
    s: la.slug,
    r: la.current ? la.regionName : `former LA, to ${la.lastYear}`,
  };
}
