/**
 * The register attendance figures of /latest/ (DfE daily registers, not the school census), made from one area's
 * data at a time (`getArea`): the same factory runs at build time and, for other areas, in the browser.
 */
import { directions, findingTitle, subtitleLead } from '../derive/finding-title';
import {
  CURRENT_REGISTER_YEAR,
  PERIOD_LABELS,
  REASONS,
  REASON_LABELS,
  REGISTER_TYPE_LABELS,
  REGISTER_YEARS,
  UNAUTHORISED_REASONS,
  YTD_COVERAGE,
  type RegisterPeriod,
  type RegisterSchoolType,
} from '../config/attendance';
import { ENGLAND, MACRO_REGIONS, MACRO_REGION_CODES } from '../config/geography';
import { dotCompare } from '../charts/dot-compare';
import { pct, round } from '../lib/format';
import { groupedBars } from '../charts/grouped-bars';
import { MACRO_COLOURS } from '../charts/palette';
import { weeklyLines } from '../charts/weekly-lines';
import { NEUTRAL } from '../charts/palette';
import type { Provenance } from '../lib/provenance';
import type { RegisterLevel } from '../data/attendance-columns';
import {
  COMPARE_LABELS,
  COMPARE_UNITS,
  comparison,
  measureOf,
  reasonShares,
  shareOf,
  periodCounts,
  weeklyRates,
  type GetArea,
} from '../views/latest/model';
import { latestStateSpec, OVERVIEW_CODES } from '../views/latest/state';
import { splitComparison, type Comparison } from '../views/latest/tables';
import { reasonFinding, weeklyFinding } from '../views/latest/findings';
import { defineFigure, type FigureRow } from './types';

/** Rates in the data table to 2 decimals, as on the other pages (the CSV keeps the rows as they are). */

export interface AttendanceFigureData {
  areas: readonly { code: string; name: string; level: RegisterLevel }[];
  getArea: GetArea;
  /** Weekly files, then the term and year-to-date files. */
  weeklyProvenance: Provenance;
  provenance: Provenance;
}

export const SOURCE_NOTE = 'DfE daily registers (official statistics in development), not the school census';
const typeText = (t: RegisterSchoolType) =>
  t === 'Total' ? 'all schools' : `${REGISTER_TYPE_LABELS[t].toLowerCase()} schools`;
const yearKey = (year: string) => `y${year.replace('/', '_')}`;
const previousYear = REGISTER_YEARS[REGISTER_YEARS.length - 2];

export function attendanceFigures({ areas, getArea, weeklyProvenance, provenance }: AttendanceFigureData) {
  const codes = areas.map((a) => a.code);
  const nameOf = (code: string) => areas.find((a) => a.code === code)?.name ?? code;
  const { area, type, measure, period, year } = latestStateSpec(codes);

  const weeklyLinesOf = (s: { area: string; type: RegisterSchoolType }) =>
    REGISTER_YEARS.map((year) => ({
      label: year,
      current: year === CURRENT_REGISTER_YEAR,
      points: weeklyRates(getArea(s.area), s.type, year, 'overall'),
    })).filter((l) => l.points.some((p) => p.value !== null));

  const weeklyNeutral = (s: { area: string }) =>
    `Weekly absence, autumn terms ${startOf(REGISTER_YEARS[0])} to ${startOf(CURRENT_REGISTER_YEAR)}: ${nameOf(s.area)}`;
  const weeklyTitle = (s: { area: string; type: RegisterSchoolType }) => {
    const points = (year: string) => weeklyLinesOf(s).find((l) => l.label === year)?.points ?? [];
    return weeklyFinding(nameOf(s.area), points(CURRENT_REGISTER_YEAR), points(previousYear), [
      previousYear,
      CURRENT_REGISTER_YEAR,
    ]);
  };

  const weekly = defineFigure({
    id: 'attendance-weekly',
    view: '/latest/',
    live: true,
    state: { area, type },
    title: (s) => findingTitle(weeklyTitle(s), weeklyNeutral(s)),
    subtitle: (s) =>
      `${subtitleLead(weeklyTitle(s), weeklyNeutral(s))}% of possible sessions missed each week, ${typeText(s.type)}. ${SOURCE_NOTE}. Half-term weeks left out; ${CURRENT_REGISTER_YEAR} to week 45.`,
    summary: (s) => {
      const lines = weeklyLinesOf(s);
      const peak = (l: (typeof lines)[number]) =>
        l.points.filter((p) => p.value !== null).sort((a, b) => b.value! - a.value!)[0];
      const parts = lines.map((l) => `${l.label} peaked at ${pct(peak(l)?.value)} in week ${peak(l)?.week}`);
      const now = lines.find((l) => l.current)?.points.find((p) => p.week === 45)?.value ?? null;
      const before = lines.find((l) => l.label === previousYear)?.points.find((p) => p.week === 45)?.value ?? null;
      const week45 =
        now !== null && before !== null
          ? ` In week 45, ${pct(now)} in ${CURRENT_REGISTER_YEAR} against ${pct(before)} in ${previousYear}.`
          : '';
      return `Line chart of weekly absence in ${nameOf(s.area)}, ${typeText(s.type)}: ${parts.join('; ')}.${week45}`;
    },
    provenance: [weeklyProvenance],
    columns: [
      { key: 'week', label: 'Week' },
      ...REGISTER_YEARS.map((y) => ({ key: yearKey(y), label: `${y} overall absence (%)`, numeric: true })),
    ],
    rows: (s) => {
      const lines = weeklyLinesOf(s);
      const weeks = [...new Set(lines.flatMap((l) => l.points.map((p) => p.week)))].sort((a, b) => a - b);
      return weeks.map((week) => ({
        week: `Week ${week}`,
        ...Object.fromEntries(
          REGISTER_YEARS.map((y) => [
            yearKey(y),
            lines.find((l) => l.label === y)?.points.find((p) => p.week === week)?.value ?? null,
          ]),
        ),
      }));
    },
    render: (s, { document, width }) =>
      weeklyLines(weeklyLinesOf(s), { document, width, yLabel: 'Overall absence (%)' }),
  });

  const reasonGroups = (s: { area: string; period: RegisterPeriod; type: RegisterSchoolType }) => {
    const shares = reasonShares(getArea(s.area), s.period, s.type);
    const years = REGISTER_YEARS.filter((y) => shares.some((r) => r.year === y && r.value !== null));
    return REASONS.map((reason) => ({
      title: REASON_LABELS[reason],
      bars: years.map((year) => ({
        label: year,
        value: shares.find((r) => r.reason === reason && r.year === year)!.value,
        colour: year === CURRENT_REGISTER_YEAR ? 'currentColor' : NEUTRAL.olderYears,
      })),
    }));
  };

  const reasonsNeutral = (s: { area: string; period: RegisterPeriod }) =>
    `Why pupils missed school: ${nameOf(s.area)}, ${PERIOD_LABELS[s.period].toLowerCase()}`;
  /** The latest year drawn (the current one, or the last with data for a term DfE has not published yet). */
  const reasonTitle = (s: { area: string; period: RegisterPeriod; type: RegisterSchoolType }) => {
    const groups = reasonGroups(s);
    const year = groups[0]?.bars.at(-1)?.label;
    return year
      ? reasonFinding(
          nameOf(s.area),
          s.period,
          year,
          groups.map((g) => ({ name: g.title, value: g.bars.at(-1)!.value })),
        )
      : null;
  };

  const reasons = defineFigure({
    id: 'attendance-reasons',
    view: '/latest/',
    live: true,
    state: { area, period, type },
    title: (s) => findingTitle(reasonTitle(s), reasonsNeutral(s)),
    subtitle: (s) =>
      `${subtitleLead(reasonTitle(s), reasonsNeutral(s))}Sessions missed for each reason, % of possible sessions, ${typeText(s.type)}. ${SOURCE_NOTE}.` +
      (s.period === 'ytd'
        ? ` Year to date: ${CURRENT_REGISTER_YEAR} ${YTD_COVERAGE[CURRENT_REGISTER_YEAR]}; earlier years whole years.`
        : '') +
      (s.period === 'autumn-to-45' ? ' The same weeks every year.' : '') +
      (['autumn', 'spring', 'summer'].includes(s.period)
        ? ` DfE has published no ${CURRENT_REGISTER_YEAR} term files yet: for this year, see autumn weeks 37-45.`
        : ''),
    summary: (s) => {
      const groups = reasonGroups(s);
      const latest = groups
        .flatMap((g) => g.bars.slice(-1).map((b) => ({ reason: g.title, ...b })))
        .filter((b) => b.value !== null);
      const top = [...latest].sort((a, b) => b.value! - a.value!).slice(0, 2);
      return (
        `Bar chart of reasons for absence in ${nameOf(s.area)}, ${PERIOD_LABELS[s.period].toLowerCase()}: ` +
        (top.length
          ? `in ${top[0].label} the largest were ${top.map((t) => `${t.reason.toLowerCase()} (${pct(t.value)})`).join(' and ')}.`
          : 'no data.')
      );
    },
    provenance: [provenance],
    columns: [
      { key: 'reason', label: 'Reason' },
      ...REGISTER_YEARS.map((y) => ({ key: yearKey(y), label: `${y} (% of possible sessions)`, numeric: true })),
    ],
    rows: (s) => {
      const shares = reasonShares(getArea(s.area), s.period, s.type);
      return REASONS.map((reason) => ({
        reason: REASON_LABELS[reason],
        ...Object.fromEntries(
          REGISTER_YEARS.map((y) => [yearKey(y), shares.find((r) => r.reason === reason && r.year === y)!.value]),
        ),
      }));
    },
    render: (s, { document, width }) =>
      groupedBars(reasonGroups(s), { document, width, xLabel: '% of possible sessions' }),
  });

  const split = splitComparison;
  const compareRows = (s: { measure: Comparison; type: RegisterSchoolType }) => {
    const [measure, period] = split(s.measure);
    return OVERVIEW_CODES.map((code) => ({
      code,
      name: nameOf(code),
      before: measureOf(getArea(code), period, s.type, previousYear, measure),
      after: measureOf(getArea(code), period, s.type, CURRENT_REGISTER_YEAR, measure),
    }));
  };
  const spanText = (c: Comparison) =>
    split(c)[1] === 'ytd'
      ? `${CURRENT_REGISTER_YEAR} ${YTD_COVERAGE[CURRENT_REGISTER_YEAR]}; ${previousYear} whole year`
      : 'autumn weeks 37 to 45 of each year (the same weeks)';

  const regionsTitle = (s: { measure: Comparison }) =>
    `${COMPARE_LABELS[split(s.measure)[0]]}: ${CURRENT_REGISTER_YEAR} so far against ${previousYear}, by region`;
  /** "Overall absence in 2025/26 so far is lower than in 2024/25 in every area shown", when every area moved the same way. */
  const directionFinding = (s: { measure: Comparison; type: RegisterSchoolType }) => {
    const { up, down, n } = directions(
      compareRows(s).map((r) => (r.before === null || r.after === null ? null : round(r.after) - round(r.before))),
    );
    const way = down === n ? 'lower' : up === n ? 'higher' : null;
    return n > 1 && way
      ? `${COMPARE_LABELS[split(s.measure)[0]]} in ${CURRENT_REGISTER_YEAR} so far is ${way} than in ${previousYear} in every area shown`
      : null;
  };

  const regions = defineFigure({
    id: 'attendance-this-year-by-region',
    view: '/latest/',
    state: { measure, type },
    title: (s) => findingTitle(directionFinding(s), regionsTitle(s)),
    subtitle: (s) =>
      `${subtitleLead(directionFinding(s), regionsTitle(s))}${COMPARE_UNITS[split(s.measure)[0]]}, ${typeText(s.type)}; ${spanText(s.measure)}. ${SOURCE_NOTE}.` +
      (split(s.measure)[0] === 'persistent'
        ? ' No figure for North, Midlands and South: DfE publishes persistent absence without pupil counts, so regions cannot be combined.'
        : ''),
    summary: (s) => {
      const rows = compareRows(s).filter((r) => r.before !== null && r.after !== null);
      const lower = rows.filter((r) => r.after! < r.before! - 0.05).map((r) => r.name);
      const england = rows.find((r) => r.code === ENGLAND.code);
      return (
        `Dot chart: ${COMPARE_LABELS[split(s.measure)[0]].toLowerCase()} in England ${england ? `${pct(england.after)} in ${CURRENT_REGISTER_YEAR}, ${comparison(england.after!, england.before!)} ${previousYear} (${pct(england.before)})` : 'no data'}; ` +
        `lower than last year in ${lower.length} of ${rows.length} areas shown.`
      );
    },
    provenance: [provenance],
    columns: [
      { key: 'area', label: 'Area' },
      { key: 'before', label: `${previousYear} (%)`, numeric: true },
      { key: 'after', label: `${CURRENT_REGISTER_YEAR} (%)`, numeric: true },
      { key: 'change', label: 'Change (pp)', numeric: true },
    ],
    rows: (s) =>
      compareRows(s).map((r) => ({
        area: r.name,
        before: r.before,
        after: r.after,
        change: r.before === null || r.after === null ? null : r.after - r.before,
      })),
    render: (s, { document, width }) =>
      dotCompare(compareRows(s), {
        document,
        width,
        xLabel: `${COMPARE_LABELS[split(s.measure)[0]]} (%)`,
        beforeLabel: split(s.measure)[1] === 'ytd' ? `${previousYear} whole year` : `${previousYear}, weeks 37-45`,
        afterLabel:
          split(s.measure)[1] === 'ytd'
            ? `${CURRENT_REGISTER_YEAR} to week 26`
            : `${CURRENT_REGISTER_YEAR}, weeks 37-45`,
      }),
  });

  const macroAreas = [ENGLAND.code, ...MACRO_REGIONS.map((m) => MACRO_REGION_CODES[m])];
  const unauthorisedGroups = (s: { year: string; period: RegisterPeriod }) =>
    UNAUTHORISED_REASONS.map((reason) => ({
      title: REASON_LABELS[reason],
      bars: macroAreas.map((code) => ({
        label: nameOf(code),
        value: shareOf(periodCounts(getArea(code), s.period, 'Total', s.year), reason),
        colour: MACRO_COLOURS[nameOf(code)] ?? MACRO_COLOURS.England,
      })),
    }));
  const unauthorised = defineFigure({
    id: 'attendance-unauthorised-by-macro-region',
    view: '/latest/',
    state: { year, period },
    title: (s) =>
      `Unauthorised absence by reason: North, Midlands and South, ${PERIOD_LABELS[s.period].toLowerCase()} ${s.year}`,
    subtitle: (s) =>
      `% of possible sessions, all schools; macro-regions summed from their regions' session counts${s.period === 'ytd' ? `; ${s.year} ${YTD_COVERAGE[s.year as keyof typeof YTD_COVERAGE]}` : ''}. ${SOURCE_NOTE}.`,
    summary: (s) => {
      const groups = unauthorisedGroups(s);
      const parts = groups
        .map((g) => {
          const known = g.bars
            .filter((b) => b.value !== null && b.label !== ENGLAND.name)
            .sort((a, b) => b.value! - a.value!);
          return known.length
            ? `${g.title.toLowerCase()} highest in the ${known[0].label} (${pct(known[0].value, 2)})`
            : '';
        })
        .filter(Boolean);
      return parts.length
        ? `Bar chart: ${parts.join('; ')}.`
        : `Bar chart: no data for ${PERIOD_LABELS[s.period].toLowerCase()} ${s.year}.`;
    },
    provenance: [provenance],
    columns: [
      { key: 'reason', label: 'Reason' },
      ...macroAreas.map((code) => ({ key: code, label: `${nameOf(code)} (%)`, numeric: true })),
    ],
    rows: (s) =>
      unauthorisedGroups(s).map(
        (g) =>
          ({
            reason: g.title,
            ...Object.fromEntries(g.bars.map((b, i) => [macroAreas[i], b.value])),
          }) as FigureRow,
      ),
    render: (s, { document, width }) =>
      groupedBars(unauthorisedGroups(s), { document, width, xLabel: '% of possible sessions' }),
  });

  return { weekly, reasons, regions, unauthorised };
}

const startOf = (year: string) => year.slice(0, 4);
