/** Builds the data /context/ embeds (src/views/context/model.ts) from the context and absence data. */
import { REGIONS } from '../../config/geography';
import { rate } from '../../derive/rates';
import { absenceFor } from '../../data/absence';
import { shipped } from '../../lib/format';
import { contextAreas, indicatorFor, indicatorYears, senNationalSeries, type ContextArea } from '../../data/context';
import { VIEW_INDICATORS, type ContextViewData, type ViewArea } from './model';

const regionName = new Map(REGIONS.map((r) => [r.code, r.name]));

function viewAreas(): { area: ContextArea; view: ViewArea }[] {
  return contextAreas.flatMap((area) => {
    if (area.level === 'Sub-regional') return [];
    const region = area.level === 'Local authority' ? (regionName.get(area.regionCode ?? '') ?? null) : null;
    return [{ area, view: { name: area.name, level: area.level, region } }];
  });
}

export function buildContextView(): ContextViewData {
  const areas = viewAreas();
  const years = Object.fromEntries(VIEW_INDICATORS.map((id) => [id, indicatorYears(id)])) as ContextViewData['years'];
  const values = Object.fromEntries(
    VIEW_INDICATORS.map((id) => [
      id,
      years[id].flatMap((year) =>
        areas.flatMap(({ area }, i) => {
          const value = indicatorFor(area.code, id, year);
          return value === null ? [] : [[year, i, value] as [string, number, number]];
        }),
      ),
    ]),
  ) as ContextViewData['values'];
  const absenceAttainment = years.att8.flatMap((year) =>
    areas.flatMap(({ area }, i) => {
      const att8 = indicatorFor(area.code, 'att8', year);
      const record = area.level === 'National' ? undefined : absenceFor(area.code, year);
      const absence = record ? rate(record, 'overall') : null;
      return att8 === null || absence === null
        ? []
        : [[year, i, shipped(absence), att8] as [string, number, number, number]];
    }),
  );
  return {
    areas: areas.map((a) => a.view),
    years,
    values,
    scatterYears: [...new Set(absenceAttainment.map((r) => r[0]))],
    absenceAttainment,
    senNational: senNationalSeries.map(({ year, senSupportPct, ehcpPct, semhPct }) => ({
      year,
      senSupportPct,
      ehcpPct,
      semhPct,
    })),
  };
}

/** The page's data, built once per build. */
export const contextView: ContextViewData = buildContextView();
