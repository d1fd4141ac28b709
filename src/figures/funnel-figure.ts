/**
 * The funnel plot as a figure (funnel-plot), made from its payload so the build and the browser (which
 * redraws it at the screen's width) describe it identically. Persistent absence only: a share of pupils,
 * so binomial limits apply. Overall absence, a share of sessions, gets no limits: sessions are clustered
 * in pupils (a pupil who misses one session tends to miss others), so a binomial count of sessions would
 * make limits far too narrow.
 */
import { findingTitle, subtitleLead } from '../derive/finding-title';
import { funnelPlot } from '../charts/funnel-plot';
import { fixed, int, pct } from '../lib/format';
import { SCHOOL_TYPE_PARAMS, type SchoolTypeParam } from '../config/map-options';
import { FEW_PUPILS } from '../config/benchmark';
import { funnel, funnelLimits, Z_998, type Funnel, type FunnelClass } from '../derive/funnel';
import { defineFigure, type FigureRow } from './types';
import type { FunnelPayload } from '../views/benchmark/payload';

export type { FunnelPayload };

export type FunnelState = { year: string; type: SchoolTypeParam };

/** File name of one state's counts: "2024-25-all". */
export const funnelCellSlug = (year: string, type: string) => `${year.replace('/', '-')}-${type}`;

export const TYPE_WORDS: Record<SchoolTypeParam, string> = {
  all: 'state-funded primary, secondary and special schools',
  primary: 'state-funded primary schools',
  secondary: 'state-funded secondary schools',
  special: 'special schools',
};

const CLASS_TEXT: Record<FunnelClass, string> = { above: 'Above', within: 'Within', below: 'Below' };

export const fewPupilsLabel = `Fewer than ${int(FEW_PUPILS)} pupils`;

export function funnelOf(payload: FunnelPayload, s: FunnelState): Funnel | undefined {
  const cell = payload.cells[`${s.year}|${s.type}`];
  if (!cell) return undefined;
  return funnel(
    cell.las.map(([code, n, count]) => ({ code, n, count })),
    cell.england[1] / cell.england[0],
  );
}

const neutralTitle = (year: string) =>
  `Persistent absence by local authority against England, ${year}: is the difference more than chance?`;

export function funnelFigure(payload: FunnelPayload) {
  const state = {
    year: { values: payload.years, default: payload.latestYear },
    type: { values: Object.keys(SCHOOL_TYPE_PARAMS) as SchoolTypeParam[], default: 'all' },
  } as const;
  const counts = (f: Funnel) =>
    Object.fromEntries(
      (['above', 'within', 'below'] as const).map((c) => [c, f.points.filter((p) => p.cls === c).length]),
    ) as Record<FunnelClass, number>;
  /** "61 of 153 local authorities had persistent absence above England's by more than chance in 2024/25". */
  const finding = (s: FunnelState) => {
    const f = funnelOf(payload, s);
    const above = f && counts(f).above;
    return above
      ? `${above} of ${f.points.length} local authorities had persistent absence above England's by more than chance in ${s.year}`
      : null;
  };
  return defineFigure({
    id: 'funnel-plot',
    view: '/benchmark/',
    state,
    title: (s) => findingTitle(finding(s), neutralTitle(s.year)),
    subtitle: (s) =>
      `${subtitleLead(finding(s), neutralTitle(s.year))}% of pupils missing 10% or more of sessions, ${TYPE_WORDS[s.type]}, against pupils. Lines: England's rate and its 95% and 99.8% control limits (binomial); dotted: 99.8% allowing for the usual spread between LAs. Hollow: fewer than ${int(FEW_PUPILS)} pupils.`,
    summary: (s) => {
      const f = funnelOf(payload, s);
      if (!f) return `No published persistent absence figures for ${s.year}.`;
      const c = counts(f);
      const random = f.points.filter((p) => p.clsRandom !== 'within').length;
      return `Funnel plot of ${f.points.length} local authorities' persistent absence in ${s.year} against England's ${pct(100 * f.p0)}: ${c.above} are above the 99.8% limits, ${c.within} within and ${c.below} below. LAs vary far more than chance alone would make them (over-dispersion factor ${fixed(f.dispersion.phi)}); allowing for that spread, ${random} stay outside.`;
    },
    provenance: payload.provenance,
    columns: [
      { key: 'area_code', label: 'LA code' },
      { key: 'area', label: 'Local authority' },
      { key: 'pupils', label: 'Pupils', numeric: true },
      { key: 'persistently_absent', label: 'Persistently absent pupils', numeric: true },
      { key: 'rate_pct', label: 'Persistent absence (%)', numeric: true },
      { key: 'lower_998_pct', label: '99.8% lower limit (%)', numeric: true },
      { key: 'upper_998_pct', label: '99.8% upper limit (%)', numeric: true },
      { key: 'against_england', label: 'Against England (99.8%)' },
      { key: 'against_england_95', label: 'Against England (95%)' },
      { key: 'allowing_for_spread', label: 'Allowing for spread between LAs (99.8%)' },
      { key: 'few_pupils', label: `Fewer than ${int(FEW_PUPILS)} pupils` },
    ],
    rows: (s): FigureRow[] => {
      const f = funnelOf(payload, s);
      if (!f) return [];
      return [...f.points]
        .sort((a, b) => b.rate - a.rate)
        .map((p) => {
          const [lower, upper] = funnelLimits(f.p0, p.n, Z_998);
          return {
            area_code: p.code,
            area: payload.names[p.code] ?? p.code,
            pupils: p.n,
            persistently_absent: p.count,
            rate_pct: 100 * p.rate,
            lower_998_pct: 100 * lower,
            upper_998_pct: 100 * upper,
            against_england: CLASS_TEXT[p.cls],
            against_england_95: CLASS_TEXT[p.cls95],
            allowing_for_spread: CLASS_TEXT[p.clsRandom],
            few_pupils: p.n < FEW_PUPILS ? 'yes' : '',
          };
        });
    },
    render: (s, { document, width, interactive }) => {
      const f = funnelOf(payload, s);
      const data = (f?.points ?? []).map((p) => ({
        name: payload.names[p.code] ?? p.code,
        n: p.n,
        rate: 100 * p.rate,
        cls: p.cls,
        few: p.n < FEW_PUPILS,
      }));
      return funnelPlot(data, {
        document,
        width,
        interactive,
        p0: f?.p0 ?? 0,
        tau2: f?.dispersion.tau2 ?? 0,
        target: 'England',
        yLabel: 'Persistent absence (% of pupils)',
        fewLabel: fewPupilsLabel,
      });
    },
  });
}
