/**
 * The sentences /context/ states about its data (page text and chart descriptions), all generated
 * from the data: regional rankings, national values and the absence-attainment correlation.
 */
import { REGIONS } from '../../config/geography';
import { fixed } from '../../lib/format';
import { isNorth } from '../../charts/indicator-palette';
import { correlationStrength, linearFit } from '../../derive/correlation';
import { clearLeader, everyYearFinding, levelChangeFinding } from '../../derive/finding-title';
import { areaPhrase } from '../../derive/trend-text';
import { INDICATORS } from '../../config/context-indicators';
import { absenceAttainmentOf, englandValue, valuesOf, type ContextViewData, type ViewIndicator } from './model';

export const NORTH_NAMES = REGIONS.filter((r) => r.macro === 'North')
  .map((r) => r.name)
  .join(', ')
  .replace(/, ([^,]*)$/, ' and $1');

const ordinal = (n: number) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

/** Where the Northern regions rank among the regions in a year, and the highest and lowest: from the data. */
function northRankSentence(data: ContextViewData, indicator: ViewIndicator, year: string): string {
  const regions = valuesOf(data, indicator, { year, level: 'Regional' }).sort((a, b) => b.value - a.value);
  const ranks = regions.flatMap((r, i) => (isNorth(r.name) ? [`${r.name} ${ordinal(i + 1)}`] : []));
  const [high, low] = [regions[0], regions[regions.length - 1]];
  const { digits } = INDICATORS[indicator];
  return `Ranked from highest of ${regions.length} regions: ${ranks.join(', ')}; highest ${high.name} (${fixed(high.value, digits)}), lowest ${low.name} (${fixed(low.value, digits)}).`;
}

export const readinessFinding = (data: ContextViewData, year: string) =>
  `In ${year}, ${fixed(englandValue(data, 'gld', year), 1)}% of children in England reached a good level of development at age 5. ${northRankSentence(data, 'gld', year)}`;

export const sendFinding = (data: ContextViewData, indicator: 'ehcp' | 'senSupport', year: string) =>
  `${INDICATORS[indicator].label}, ${year}: ${fixed(englandValue(data, indicator, year), 1)}% in England. ${northRankSentence(data, indicator, year)}`;

export interface AttainmentChart {
  year: string;
  chart: string;
}

/** Years whose Attainment 8 came from teacher-assessed grades (no exams), not comparable with other years. */
export const TAG_YEARS: readonly string[] = ['2019/20', '2020/21'];
export const tagNote = (year: string) =>
  TAG_YEARS.includes(year)
    ? ` In ${year} Attainment 8 came from teacher-assessed grades (exams were cancelled): compare it with other years with care.`
    : '';
/** Said wherever the relationship is: the two measures cover different pupils. */
export const PHASE_NOTE =
  'Absence covers all pupils (primary, secondary and special schools); Attainment 8 is key stage 4 (age 16) only.';

/** One year's points: local authorities (`chart` "las") or regions ("regions"), with their region for colouring. Never pooled across years. */
export const attainmentPoints = (data: ContextViewData, s: AttainmentChart) =>
  s.chart === 'regions'
    ? absenceAttainmentOf(data, { year: s.year, level: 'Regional' }).map((p) => ({ ...p, region: p.name }))
    : absenceAttainmentOf(data, { year: s.year, level: 'Local authority' }).map((p) => ({ ...p, region: p.region! }));

export const attainmentFit = (data: ContextViewData, s: AttainmentChart) =>
  linearFit(attainmentPoints(data, s).map((p) => ({ x: p.absence, y: p.att8 })));

export function attainmentFinding(data: ContextViewData, s: AttainmentChart): string {
  const what = s.chart === 'regions' ? `regions in ${s.year}` : `local authorities in ${s.year}`;
  const fit = attainmentFit(data, s);
  if (!fit) return `Too few ${what} for a fitted line.${tagNote(s.year)}`;
  return (
    `Across ${fit.n} ${what}, overall absence and Attainment 8 have a ${correlationStrength(fit.r)} correlation (r = ${fixed(fit.r, 2).replace('-', '−')}, n = ${fit.n}): ` +
    `on the fitted line, each extra percentage point of absence goes with ${fixed(Math.abs(fit.slope), 1)} points ${fit.slope < 0 ? 'lower' : 'higher'} Attainment 8.` +
    `${s.chart === 'regions' ? ' With nine regions, r is imprecise.' : ''}${tagNote(s.year)}`
  );
}

/** Said on the page, in the figure and in the manifest: the mirror has national SEMH data only. */
export const semhNote = (data: ContextViewData) =>
  `DfE's regional and local authority SEMH figures are not among the files this site is built from: SEMH is shown for England only, to ${data.senNational[data.senNational.length - 1].year}.`;

export function semhFinding(data: ContextViewData): string {
  const [first, last] = [data.senNational[0], data.senNational[data.senNational.length - 1]];
  return `Pupils whose primary need was social, emotional and mental health (SEMH) were ${fixed(first.semhPct, 1)}% of all pupils in England in ${first.year} and ${fixed(last.semhPct, 1)}% in ${last.year}.`;
}

/** The sentences at the top of each /context/ view, for the year it shows. */
export function viewFindings(data: ContextViewData, view: 'readiness' | 'send' | 'attainment', year: string): string[] {
  if (view === 'readiness') return [readinessFinding(data, year)];
  if (view === 'send')
    return [sendFinding(data, 'ehcp', year), sendFinding(data, 'senSupport', year), semhFinding(data)];
  return [
    attainmentFinding(data, { year, chart: 'las' }),
    attainmentFinding(data, { year, chart: 'regions' }),
    PHASE_NOTE,
  ];
}

/** A title for a region strip chart when one region clearly leads: lowest for school readiness, highest for SEN. */
export function regionLeadTitle(data: ContextViewData, indicator: ViewIndicator, year: string): string | null {
  const regions = valuesOf(data, indicator, { year, level: 'Regional' });
  const lowIsNews = indicator === 'gld';
  const lead = clearLeader(regions, lowIsNews);
  return (
    lead &&
    `${INDICATORS[indicator].label} was ${lowIsNews ? 'lowest' : 'highest'} in ${areaPhrase(lead.name)} in ${year}`
  );
}

/** "School readiness was lowest in the North West in every year with data, 2015/16 to 2024/25": a ranking, so it holds across the 2021/22 reform. */
export const readinessTrendTitle = (data: ContextViewData): string | null =>
  everyYearFinding(
    'School readiness',
    data.years.gld.map((year) => ({ year, items: valuesOf(data, 'gld', { year, level: 'Regional' }) })),
    true,
  );

/** "The share of pupils in England with SEMH as their primary need rose from 2.4% in 2016/17 to 3.1% in 2021/22". */
export const semhTitle = (data: ContextViewData): string | null =>
  levelChangeFinding(
    'The share of pupils in England with SEMH as their primary need',
    data.senNational.map((d) => ({ year: d.year, value: d.semhPct })),
  );

/** "Higher absence went with lower Attainment 8 across local authorities in 2024/25" when the correlation is at least moderate. */
export function attainmentTitle(data: ContextViewData, s: AttainmentChart): string | null {
  const fit = attainmentFit(data, s);
  if (!fit || Math.abs(fit.r) < 0.3) return null;
  return `Higher absence went with ${fit.r < 0 ? 'lower' : 'higher'} Attainment 8 across ${s.chart === 'regions' ? 'regions' : 'local authorities'} in ${s.year}`;
}
