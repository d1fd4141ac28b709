/**
 * A published report reproduced on the site: its citation, its figures (each a registered figure in a
 * given state) and every number it quotes, with where DfE's published files hold the same number.
 * Declarations only: the report's own values live here; DfE's values are always looked up in data/.
 */
import type { Measure } from '../config/measures';
import type { RegisterSchoolType } from '../config/attendance';

export type CensusType = 'all' | 'primary' | 'secondary' | 'special';

/** Where a DfE value is read from (resolved against data/ by src/reports/model.ts). */
export type Lookup =
  /** School census, full academic year (data/absence.json): a rate recomputed from counts. */
  | { kind: 'census'; code: string; year: string; type: CensusType; measure: Measure }
  /** School census, full academic year: severely absent pupils (a count). */
  | { kind: 'census-severe-count'; code: string; year: string }
  /** Register data, academic year to date at the year's end (data/attendance.json). */
  | {
      kind: 'register';
      code: string;
      year: string;
      type: RegisterSchoolType;
      measure: 'overall' | 'unauthorised' | 'persistent';
    }
  /** Persistent absence of a pupil group, England (data/subgroups.json). */
  | { kind: 'group'; dim: string; group: string; year: string }
  /** Good level of development at the end of Reception (data/context.json). */
  | { kind: 'gld'; code: string; year: string }
  /** Pupils with social, emotional and mental health needs as primary need, % of all pupils, England (data/context.json). */
  | { kind: 'semh'; code: string; year: string }
  /** Relative change from one value to another, in %; `roundFirst` rounds both values to that many decimals first. */
  | { kind: 'change'; from: Lookup; to: Lookup; roundFirst?: number };

export interface Quote {
  id: string;
  /** The report's figure the number belongs to ('1'...'6'), or 'text'. */
  figure: string;
  /** The number as the report words it. */
  quote: string;
  area: string;
  year: string;
  measure: string;
  schoolType: string;
  report: number;
  /** The report's precision: decimals (negative: rounded to tens, hundreds, ...). */
  decimals: number;
  unit: '%' | 'pupils';
  /** DfE's published full-year value for the same area, year, measure and school type (null: no such file). */
  published: Lookup | null;
  /** Where else the report's number was looked for: other years, measures, sources. */
  candidates: { label: string; lookup: Lookup }[];
  /** What the search found and how sure it is (no DfE numbers here: they are generated). */
  note?: string;
}

/** A statement about the data in a figure, checked against it. */
export type ClaimCheck =
  | { kind: 'north-extreme'; measure: Measure; extreme: 'highest' | 'lowest'; from: string; to: string }
  | { kind: 'post-covid-direction'; from: string; to: string }
  | { kind: 'north-most-high-high'; year: string }
  /** Which of the regions outside London and Inner/Outer London rank highest and lowest; `alsoYear` is shown for comparison. */
  | {
      kind: 'extremes';
      measure: Measure;
      type: CensusType;
      year: string;
      alsoYear: string;
      highest: string[];
      lowest: string[];
    };

export interface Claim {
  id: string;
  figure: string;
  quote: string;
  check: ClaimCheck;
  note?: string;
}

export interface ReportFigure {
  /** The report's figure number; `part` tells apart several charts reproducing one figure. */
  number: string;
  part?: string;
  /** The report's own caption. */
  title: string;
  /** Registered figure id (src/figures/index.ts) and its state reproducing the report's figure. */
  figure: string;
  state: Record<string, string>;
  /** How the reproduction differs from the report's figure (coverage, measure, years). */
  note: string;
  /** Shown as its prebuilt SVG file, loaded lazily, rather than inline (a map: too heavy for the page's first load). */
  asImage?: boolean;
}

export interface Report {
  id: string;
  title: string;
  authors: string;
  year: number;
  publisher: string;
  doi: string;
  figures: ReportFigure[];
  quotes: Quote[];
  claims: Claim[];
  /** Where the site's definitions differ from the report's. */
  definitions: { term: string; report: string; site: string }[];
}
