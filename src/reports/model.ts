/**
 * A reproduced report's page model: every quoted number with DfE's value looked up in data/, the
 * difference and a verdict, every claim checked against the data, and the report's figures as
 * registered figures in the report's state. Built at build time; nothing here touches the DOM.
 */
import { NARROW_CHART_WIDTH } from '../config/chart-widths';
import {
  ENGLAND,
  INNER_LONDON,
  MACRO_REGIONS,
  MACRO_REGION_CODES,
  OUTER_LONDON,
  REGIONS,
  regionByCode,
} from '../config/geography';
import { MISSING_YEAR, PERIODS, startYear, yearsThrough } from '../config/periods';
import { SCHOOL_TYPE_PARAMS } from '../config/map-options';
import { int, pct, pp } from '../lib/format';
import { rate } from '../derive/rates';
import { MEASURE_LABELS, type Measure } from '../config/measures';
import { matches, relativeChange, roundTo, verdictOf, type Verdict } from '../derive/reconcile';
import { absenceFor, absenceProvenance, years as absenceYears } from '../data/absence';
import { contextProvenanceOf, indicatorFor, senNationalSeries } from '../data/context';
import { groupRates } from '../views/subgroups/payload';
import { subgroupsProvenance } from '../data/subgroups';
import { persistentAbsenteesFloor, reportDataProvenance } from '../data/reports';
import { attendanceProvenance, registerRecord } from '../data/attendance';
import type { Provenance } from '../lib/provenance';
import { bivariateView } from '../figures/bivariate-absence-idaci';
import { FIGURES } from '../figures/index';
import type { FigureSpec } from '../figures/types';
import type { Claim, Lookup, Quote, Report, ReportFigure } from './types';

export interface Resolved {
  value: number | null;
  /** Decimals worth showing: two for rates recomputed from counts, fewer where DfE publishes fewer. */
  decimals?: number;
  /** Which publication the value is from, in a few words. */
  source: string;
}

const CENSUS = 'school census, full year';
const REGISTER = 'register data, year to date';

/** DfE's value for a lookup, from the site's data files (null when no file available holds it). */
export function resolve(lookup: Lookup): Resolved {
  switch (lookup.kind) {
    case 'census': {
      const r = absenceFor(lookup.code, lookup.year, SCHOOL_TYPE_PARAMS[lookup.type]);
      return { value: r ? rate(r, lookup.measure) : null, source: CENSUS };
    }
    case 'census-severe-count':
      return { value: absenceFor(lookup.code, lookup.year)?.pa50 ?? null, source: CENSUS };
    case 'register': {
      const r = registerRecord(lookup.code, lookup.year, 'ytd', lookup.type);
      const share = (n: number | null | undefined) => (n == null || !r?.possible ? null : (100 * n) / r.possible);
      const value = !r
        ? null
        : lookup.measure === 'persistent'
          ? r.paPct
          : share(lookup.measure === 'overall' ? r.overall : r.unauthorised);
      return { value, source: REGISTER };
    }
    case 'group': {
      const g = groupRates.find(
        (r) => r.dim === lookup.dim && r.group === lookup.group && r.year === lookup.year && r.area === ENGLAND.code,
      );
      return { value: g?.rates.persistent ?? null, source: CENSUS };
    }
    case 'gld':
      return { value: indicatorFor(lookup.code, 'gld', lookup.year), source: 'EYFS profile (LAIT)', decimals: 1 };
    case 'semh':
      return {
        value:
          lookup.code === ENGLAND.code
            ? (senNationalSeries.find((s) => s.year === lookup.year)?.semhPct ?? null)
            : null,
        source: 'SEN by primary need',
      };
    case 'change': {
      const from = resolve(lookup.from);
      const to = resolve(lookup.to);
      return { value: relativeChange(from.value, to.value, lookup.roundFirst), source: from.source };
    }
  }
}

/** A value at a useful precision: DfE's unrounded values to two decimals (or whole pupils). */
export function formatValue(value: number | null, unit: Quote['unit'], decimals = 2): string {
  if (value === null) return 'not in the files available';
  return unit === 'pupils' ? int(value) : pct(value, decimals);
}

const formatReport = (q: Quote) =>
  q.unit === 'pupils' ? int(q.report) : `${q.report.toFixed(Math.max(q.decimals, 0))}%`;

function formatDifference(q: Quote, value: number | null, decimals = 2): string {
  if (value === null) return '';
  const d = value - q.report;
  if (q.unit === 'pupils') return `${d > 0 ? '+' : d < 0 ? '−' : ''}${int(Math.abs(d))}`;
  return q.measure.startsWith('Relative change') ? pp(d, decimals).replace(' pp', ' points') : pp(d, decimals);
}

export interface QuoteRow {
  id: string;
  figure: string;
  quote: string;
  area: string;
  year: string;
  measure: string;
  schoolType: string;
  report: string;
  published: string;
  difference: string;
  verdict: Verdict;
  /** What the data show about the difference, generated. */
  explanation: string[];
  /** What the search found and how sure it is (shared by the numbers quoted together). */
  note?: string;
}

/** One quoted number reconciled: verdict from the data, and where else the report's value was found. */
export function reconcileQuote(q: Quote): QuoteRow {
  const published = q.published ? resolve(q.published) : { value: null, source: CENSUS };
  const verdict = verdictOf(published.value, q.report, q.decimals);
  const candidates = q.candidates.map((c) => ({ ...c, ...resolve(c.lookup) })).filter((c) => c.value !== null);
  const hits = candidates.filter((c) => matches(c.value, q.report, q.decimals));
  const explanation: string[] = [];
  if (verdict === 'reproduced') {
    explanation.push(
      `DfE's value (${published.source}), ${formatValue(published.value, q.unit, published.decimals)}, gives the report's ${formatReport(q)} at its precision.`,
    );
    if (hits.length)
      explanation.push(`So does: ${hits.map((c) => `${c.label} (${formatValue(c.value, q.unit)})`).join('; ')}.`);
    const others = candidates.filter((c) => !hits.includes(c));
    if (others.length)
      explanation.push(
        `For comparison, not matching: ${others.map((c) => `${c.label} (${formatValue(c.value, q.unit)})`).join('; ')}.`,
      );
  } else {
    if (verdict === 'differs')
      explanation.push(
        `DfE's value (${published.source}) is ${formatValue(published.value, q.unit)}, which rounds to ${formatRounded(published.value!, q)}, not ${formatReport(q)}.`,
      );
    if (hits.length)
      explanation.push(`Matches: ${hits.map((c) => `${c.label} (${formatValue(c.value, q.unit)})`).join('; ')}.`);
    if (verdict !== 'differs' && !candidates.length)
      explanation.push(
        `None of the files available holds ${q.measure.charAt(0).toLowerCase()}${q.measure.slice(1)} for ${q.area}, ${q.year}.`,
      );
    const misses = candidates.filter((c) => !hits.includes(c));
    if (misses.length)
      explanation.push(
        `${hits.length ? 'Does not match' : 'Also checked, no match'}: ${misses.map((c) => `${c.label} (${formatValue(c.value, q.unit)})`).join('; ')}.`,
      );
  }
  return {
    id: q.id,
    figure: q.figure,
    quote: q.quote,
    area: q.area,
    year: q.year,
    measure: q.measure,
    schoolType: q.schoolType,
    report: formatReport(q),
    published: formatValue(published.value, q.unit, published.decimals),
    difference: formatDifference(q, published.value, published.decimals),
    verdict,
    explanation,
    note: q.note,
  };
}

const formatRounded = (value: number, q: Quote) =>
  q.unit === 'pupils'
    ? int(roundTo(value, q.decimals))
    : `${roundTo(value, q.decimals).toFixed(Math.max(q.decimals, 0))}%`;

export interface ClaimRow {
  id: string;
  figure: string;
  quote: string;
  verdict: Verdict;
  explanation: string[];
}

const macroRate = (macro: string, year: string, measure: Measure) => {
  const r = absenceFor(MACRO_REGION_CODES[macro as keyof typeof MACRO_REGION_CODES], year);
  return r ? rate(r, measure) : null;
};
const yearsBetween = (from: string, to: string) => absenceYears.filter((y) => y >= from && y <= to);

/** A claim about a figure, checked against the data it describes. */
export function checkClaim(c: Claim): ClaimRow {
  const check = c.check;
  let holds: boolean;
  const explanation: string[] = [];
  if (check.kind === 'north-extreme') {
    const years = yearsBetween(check.from, check.to);
    const misses = years.flatMap((year) => {
      const rates = MACRO_REGIONS.map((m) => ({ m, v: macroRate(m, year, check.measure) ?? NaN }));
      const sorted = [...rates].sort((a, b) => (check.extreme === 'highest' ? b.v - a.v : a.v - b.v));
      return sorted[0].m === 'North'
        ? []
        : [`${year} (${sorted[0].m} ${pct(sorted[0].v, 2)}, North ${pct(rates.find((r) => r.m === 'North')!.v, 2)})`];
    });
    holds = misses.length === 0;
    explanation.push(
      `${MEASURE_LABELS[check.measure]} (school census): the North is ${check.extreme} of North, Midlands and South in ${years.length - misses.length} of the ${years.length} years with data from ${check.from} to ${check.to}${misses.length ? `; not in ${misses.join(', ')}` : ''}.`,
    );
  } else if (check.kind === 'post-covid-direction') {
    const areas = [...MACRO_REGIONS, 'England'];
    const change = (area: string, measure: Measure) => {
      const at = (year: string) =>
        area === 'England' ? rate(absenceFor(ENGLAND.code, year)!, measure) : macroRate(area, year, measure);
      const a = at(check.from);
      const b = at(check.to);
      return a === null || b === null ? null : b - a;
    };
    const auth = areas.map((a) => ({ a, d: change(a, 'authorised') }));
    const unauth = areas.map((a) => ({ a, d: change(a, 'unauthorised') }));
    holds = auth.every((x) => x.d !== null && x.d < 0) && unauth.every((x) => x.d !== null && x.d > 0);
    explanation.push(
      `From ${check.from} to ${check.to}, authorised absence changed by ${auth.map((x) => `${x.a} ${pp(x.d, 2)}`).join(', ')}; unauthorised absence by ${unauth.map((x) => `${x.a} ${pp(x.d, 2)}`).join(', ')}.`,
    );
    const later = absenceYears.filter((y) => y > check.to);
    let previous = check.to;
    const steps = later.map((year) => {
      const from = rate(absenceFor(ENGLAND.code, previous)!, 'unauthorised')!;
      const to = rate(absenceFor(ENGLAND.code, year)!, 'unauthorised')!;
      const text = `${year} ${pp(to - from, 2)}`;
      previous = year;
      return text;
    });
    if (steps.length)
      explanation.push(
        `After the report's last year, England's unauthorised absence changed by ${steps.join(', ')} year on year.`,
      );
  } else if (check.kind === 'extremes') {
    const ranked = (year: string) =>
      FIGURE_1_AREAS.map((a) => {
        const r = absenceFor(a.code, year, SCHOOL_TYPE_PARAMS[check.type]);
        return { code: a.code, name: a.name, v: r ? rate(r, check.measure) : null };
      })
        .filter((a) => a.v !== null)
        .sort((a, b) => b.v! - a.v!);
    const ends = (year: string) => {
      const r = ranked(year);
      return { hi: r.slice(0, check.highest.length), lo: r.slice(-check.lowest.length).reverse() };
    };
    const same = (got: { code: string }[], want: string[]) =>
      got.length === want.length && got.every((g) => want.includes(g.code));
    const holdsIn = (year: string) => same(ends(year).hi, check.highest) && same(ends(year).lo, check.lowest);
    const describe = (year: string) => {
      const e = ends(year);
      const list = (xs: { name: string; v: number | null }[]) =>
        xs.map((x) => `${x.name} (${pct(x.v, 2)})`).join(' and ');
      return `In ${year} (school census), ${MEASURE_LABELS[check.measure].toLowerCase()} was highest in ${list(e.hi)} and lowest in ${list(e.lo)}${holdsIn(year) ? ', as the report says' : ''}.`;
    };
    holds = holdsIn(check.year);
    explanation.push(describe(check.year), describe(check.alsoYear));
  } else {
    const view = bivariateView({ measure: 'overall', type: 'all', year: check.year, dep: 'idaci2019' });
    const classed = view.rows
      .filter((r) => r.cls !== null)
      .map((r) => ({
        macro: regionByCode.get(r.regionCode)?.macro ?? '',
        highHigh: r.cls!.absence === 2 && r.cls!.need === 2,
      }));
    const counts = MACRO_REGIONS.map((m) => ({
      m,
      n: classed.filter((u) => u.macro === m && u.highHigh).length,
      of: classed.filter((u) => u.macro === m).length,
    }));
    const top = [...counts].sort((a, b) => b.n - a.n);
    holds = top[0].m === 'North' && top[0].n > top[1].n;
    explanation.push(
      `Local authorities in the top third for both overall absence (${check.year}) and IDACI 2019: ${counts.map((c) => `${c.m} ${c.n} of ${c.of} (${Math.round((100 * c.n) / c.of)}%)`).join(', ')}.`,
    );
  }
  if (c.note) explanation.push(c.note);
  return { id: c.id, figure: c.figure, quote: c.quote, verdict: holds ? 'reproduced' : 'differs', explanation };
}

export interface FigureEntry {
  report: ReportFigure;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  spec: FigureSpec<any>;
  state: Record<string, string>;
  /** Generated notes: what the available files cover, rankings that explain differences. */
  findings: string[];
}

/** Width of the drawings made for phones. */
export const NARROW_WIDTH = NARROW_CHART_WIDTH;
/** File name (without .svg) of a figure's phone-width drawing on the report's page. */
export const narrowImageName = (f: Pick<FigureEntry, 'report'>) =>
  `figure-${f.report.number}${f.report.part ? `-${f.report.part}` : ''}-narrow`;

const FIGURE_1_AREAS = [...REGIONS.filter((r) => r.code !== 'E12000007'), INNER_LONDON, OUTER_LONDON];

/** Figure 1: which measure ranks the areas as the report does (two highest, two lowest). */
function figure1Findings(report: Report, year: string): string[] {
  const quoted = report.quotes.filter(
    (q) => q.figure === '1' && q.published?.kind === 'census' && q.published.measure === 'persistent',
  );
  const byReport = [...quoted].sort((a, b) => b.report - a.report).map((q) => q.area);
  const rank = (valueOf: (code: string) => number | null) =>
    FIGURE_1_AREAS.map((a) => ({ name: a.name, v: valueOf(a.code) }))
      .filter((a) => a.v !== null)
      .sort((a, b) => b.v! - a.v!)
      .map((a) => a.name);
  const ends = (names: string[]) => [names.slice(0, 2), names.slice(-2).reverse()];
  const sameEnds = (names: string[]) => {
    const [hi, lo] = ends(names);
    return new Set([...hi, ...byReport.slice(0, 2)]).size === 2 && new Set([...lo, ...byReport.slice(-2)]).size === 2;
  };
  const list = (names: string[]) => names.join(' and ');
  const census = rank((code) => {
    const r = absenceFor(code, year);
    return r ? rate(r, 'persistent') : null;
  });
  const floor = rank((code) => persistentAbsenteesFloor.get(`${year}|${code}`) ?? null);
  const [reportHi, reportLo] = [byReport.slice(0, 2), byReport.slice(-2)];
  return [
    `The report's highest areas are ${list(reportHi)} and its lowest ${list(reportLo)}, among the eight regions outside London, Inner London and Outer London.`,
    `Ranked by DfE's persistent absence rate for ${year}, the two highest are ${list(ends(census)[0])} and the two lowest ${list(ends(census)[1])}: ${sameEnds(census) ? 'the same as the report' : "not the report's ranking"}.`,
    `Ranked by a floor of the overall absence rate of persistent absentees for ${year}, computed from DfE's absence-band counts (each persistent absentee counted at the lower edge of their 5-point band: an indicative bound, not a published value, so not shown as one), the two highest are ${list(ends(floor)[0])} and the two lowest ${list(ends(floor)[1])}: ${sameEnds(floor) ? "the report's ranking. This is why the report's Figure 1 most likely shows that measure; fairly sure of the measure, its values cannot be checked here" : "not the report's ranking either"}.`,
  ];
}

/** Figure 6: the years the available files give, against the report's 2006 to 2019. */
function coverageFindings(entry: Omit<FigureEntry, 'findings'>): string[] {
  const years = [...new Set(entry.spec.rows(entry.state).map((r) => String(r.academic_year)))].sort();
  const missing = yearsThrough(years.at(-1)!).filter((y) => y >= years[0] && !years.includes(y));
  return [
    `The available files give this chart for ${years[0]} to ${years.at(-1)}${missing.length ? ` (no ${missing.join(', ')})` : ''}; of the report's 2006 to 2019 they cover ${years.filter((y) => startYear(y) < 2019).length} years (${years.filter((y) => startYear(y) < 2019).join(', ')}).`,
  ];
}

export function figureEntries(report: Report): FigureEntry[] {
  return report.figures.map((f) => {
    const spec = FIGURES.find((s) => s.id === f.figure);
    if (!spec)
      throw new Error(
        `report ${report.id}: figure ${f.number} uses "${f.figure}", which is not in src/figures/index.ts`,
      );
    for (const [key, value] of Object.entries(f.state)) {
      if (!spec.state[key]?.values.includes(value))
        throw new Error(`report ${report.id}: figure ${f.number}: ${f.figure} does not accept ${key}=${value}`);
    }
    const state = {
      ...Object.fromEntries(Object.entries(spec.state).map(([k, v]) => [k, (v as { default: string }).default])),
      ...f.state,
    };
    const entry = { report: f, spec, state };
    const findings =
      f.number === '1' ? figure1Findings(report, f.state.year) : f.number === '6' ? coverageFindings(entry) : [];
    return { ...entry, findings };
  });
}

/** Where the site's definitions differ from the report's, from the site's own config. */
export function definitionRows(): { term: string; report: string; site: string }[] {
  const [pre, gap, during, post] = PERIODS;
  return [
    { term: 'Pre-pandemic', report: '2015/16 to 2019/20', site: `${pre.label}: ${pre.from} to ${pre.to}. ${gap.note}` },
    {
      term: 'During and after COVID',
      report: 'During: 2020/21 to 2021/22; post: 2022/23',
      site: `${during.label}: ${during.from} to ${during.to}; ${post.label}: from ${post.from} (same years).`,
    },
    {
      term: 'Persistent absence',
      report: '"Overall persistent absence rate" (Figure 1); "unauthorised persistent absence"',
      site: "Persistent absence: the share of pupils missing 10% or more of their possible sessions. The site has no rates of persistent absentees' sessions (not in the files available).",
    },
    {
      term: 'North, Midlands and South',
      report: "Not defined in the report's figure",
      site:
        MACRO_REGIONS.map(
          (m) =>
            `${m}: ${REGIONS.filter((r) => r.macro === m)
              .map((r) => r.name)
              .join(', ')}`,
        ).join('; ') + '. Rates from summed counts.',
    },
    {
      term: 'Census and register data',
      report: 'Mixed without saying so (2023/24 figures from the register data beside census figures)',
      site: `Full-year school census only in charts and comparisons; register data appear on this page only as candidate sources. No full-year census data exist for ${MISSING_YEAR}.`,
    },
  ];
}

export function reportProvenance(): Provenance[] {
  return [
    absenceProvenance,
    subgroupsProvenance,
    contextProvenanceOf(['lait', 'senNational']),
    attendanceProvenance,
    reportDataProvenance,
  ];
}

/**
 * For numbers the report quotes together (same note), how many each candidate source gives: the basis for
 * reading a difference as, say, a year label (every value matches) or chance (one of several).
 */
export function groupFinding(group: readonly Quote[]): string | null {
  if (group.length < 2) return null;
  const counts = new Map<string, { hits: number; of: number }>();
  for (const q of group) {
    for (const c of q.candidates) {
      const { value } = resolve(c.lookup);
      if (value === null) continue;
      const n = counts.get(c.label) ?? { hits: 0, of: 0 };
      counts.set(c.label, { hits: n.hits + (matches(value, q.report, q.decimals) ? 1 : 0), of: n.of + 1 });
    }
  }
  const compared = [...counts].filter(([, n]) => n.of > 1);
  if (!compared.length) return null;
  const parts = compared.map(([label, n]) => `${label} gives ${n.hits} of ${n.of}`);
  return `Across the ${group.length} values quoted together here: ${parts.join('; ')}.`;
}

export interface NoteEntry {
  figure: string;
  note: string;
  /** The quoted numbers it explains. */
  quotes: string[];
  finding: string | null;
}

/** Each note once, with the numbers it covers and what the data say across them. */
export function notesOf(quotes: readonly Quote[]): NoteEntry[] {
  const byNote = new Map<string, Quote[]>();
  for (const q of quotes) if (q.note) byNote.set(q.note, [...(byNote.get(q.note) ?? []), q]);
  return [...byNote].map(([note, group]) => ({
    figure: group[0].figure,
    note,
    quotes: group.map((q) => q.quote),
    finding: groupFinding(group),
  }));
}

export function reportModel(report: Report) {
  const quotes = report.quotes.map(reconcileQuote);
  const notes = notesOf(report.quotes);
  const claims = report.claims.map(checkClaim);
  const all = [...quotes, ...claims];
  const tally = Object.fromEntries(
    (['reproduced', 'differs', 'not in the published files available'] as Verdict[]).map((v) => [
      v,
      all.filter((r) => r.verdict === v).length,
    ]),
  ) as Record<Verdict, number>;
  return { report, quotes, claims, notes, tally, figures: figureEntries(report), definitions: definitionRows() };
}
