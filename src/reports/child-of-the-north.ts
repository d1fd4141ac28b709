/**
 * Child of the North / Centre for Young Lives (2024), "A country that works for all children and young
 * people: an evidence-based plan for improving school attendance": its figures as registered figures in
 * the report's state, and every number it quotes with where DfE's published files hold it.
 */
import type { Lookup, Quote, Report } from './types';

const ENGLAND = 'E92000001';
const NE = 'E12000001';
const NW = 'E12000002';
const YH = 'E12000003';
const EM = 'E12000004';
const WM = 'E12000005';
const LONDON = 'E12000007';
const SE = 'E12000008';
const SW = 'E12000009';
const INNER = 'E13000001';
const OUTER = 'E13000002';
const AREA: Record<string, string> = {
  [ENGLAND]: 'England',
  [NE]: 'North East',
  [NW]: 'North West',
  [YH]: 'Yorkshire and The Humber',
  [EM]: 'East Midlands',
  [WM]: 'West Midlands',
  [LONDON]: 'London',
  [SE]: 'South East',
  [SW]: 'South West',
  [INNER]: 'Inner London',
  [OUTER]: 'Outer London',
};
const isRegion = (code: string) => code.startsWith('E12');

const FIGURE_2 =
  'Overall, authorised and unauthorised absence in the North, Midlands and South, before (2015/16 to 2019/20), during (2020/21 to 2021/22) and after (2022/23) the pandemic';
const ALL = 'State-funded primary, secondary and special';
const PERSISTENT = 'Persistent absence (% of pupils)';
const OVERALL = 'Overall absence (% of sessions)';
const census = (
  code: string,
  year: string,
  measure: Extract<Lookup, { kind: 'census' }>['measure'],
  type: Extract<Lookup, { kind: 'census' }>['type'] = 'all',
): Lookup => ({ kind: 'census', code, year, type, measure });
const register = (
  code: string,
  year: string,
  measure: Extract<Lookup, { kind: 'register' }>['measure'],
  type: Extract<Lookup, { kind: 'register' }>['type'] = 'Total',
): Lookup => ({ kind: 'register', code, year, type, measure });
const group = (dim: string, name: string, year: string): Lookup => ({ kind: 'group', dim, group: name, year });

/** A quote from the report's text, by default about England's state-funded schools, a percentage to one decimal. */
const quote = (
  q: Pick<Quote, 'id' | 'quote' | 'year' | 'measure' | 'report' | 'published'> & Partial<Quote>,
): Quote => ({
  figure: 'text',
  area: 'England',
  schoolType: ALL,
  decimals: 1,
  unit: '%',
  candidates: [],
  ...q,
});
/** One quote per row of a table of arguments. */
const each = <A extends unknown[]>(make: (...args: A) => Quote, rows: A[]): Quote[] =>
  rows.map((args) => make(...args));

const FIGURE_1_NOTE =
  'The report calls this the "overall persistent absence rate". DfE\'s persistent absence rate (the share of pupils missing 10% or more of sessions) ' +
  "does not give these values for 2022/23 or 2023/24, in either the school census or the register data. The ranking of the report's areas points to another " +
  'published measure, the overall absence rate of persistent absentees (the share of their sessions that persistent absentees missed): see the rankings above. ' +
  "That measure is in DfE's regional file, but not in the copies available here, so the values cannot be confirmed.";

const figure1 = (code: string, report: number) =>
  quote({
    id: `f1-${code}`,
    figure: '1',
    quote: `${AREA[code]} ${report}%`,
    area: AREA[code],
    year: '2022/23',
    measure: PERSISTENT,
    report,
    published: census(code, '2022/23', 'persistent'),
    candidates: [
      { label: 'School census, full year 2023/24', lookup: census(code, '2023/24', 'persistent') },
      ...(isRegion(code)
        ? [{ label: 'Register data, year to date 2022/23', lookup: register(code, '2022/23', 'persistent') }]
        : []),
    ],
    note: FIGURE_1_NOTE,
  });

const unauthorisedPersistent = (code: string, report: number) =>
  quote({
    id: `f1-unauthorised-${code}`,
    figure: '1',
    quote: `${AREA[code]} ${report}% ("unauthorised persistent absence")`,
    area: AREA[code],
    year: '2022/23',
    measure: 'Unauthorised absence rate of persistent absentees',
    report,
    published: null,
    candidates: [
      {
        label: 'Unauthorised absence rate of all pupils, school census 2022/23',
        lookup: census(code, '2022/23', 'unauthorised'),
      },
    ],
    note:
      'Most likely the unauthorised absence rate of persistent absentees, which DfE publishes by region; the copy of that file available here leaves the ' +
      "persistent absentees' session rates out. The report's three regions are also the highest three for the unauthorised absence rate of all pupils.",
  });

const readiness = (code: string, report: number) =>
  quote({
    id: `f4-${code}`,
    figure: '4',
    quote: `${AREA[code]} ${report}`,
    area: AREA[code],
    year: '2022/23',
    measure: 'Good level of development at the end of Reception (% of children)',
    schoolType: 'All providers (EYFS profile)',
    report,
    published: { kind: 'gld', code, year: '2022/23' },
  });

const semh = (code: string, report: number) =>
  quote({
    id: `f5-${code}`,
    figure: '5',
    quote: `${AREA[code]} ${report}%`,
    area: AREA[code],
    year: '2022/23',
    measure: 'Pupils with SEMH as primary need (% of pupils)',
    schoolType: 'State-funded schools',
    report,
    published: { kind: 'semh', code, year: '2022/23' },
    candidates:
      code === ENGLAND
        ? [
            {
              label: 'England, 2021/22 (the latest year in the national file available)',
              lookup: { kind: 'semh', code, year: '2021/22' },
            },
          ]
        : [],
    note:
      'DfE publishes pupils by primary type of need by region in "Special educational needs in England"; that file is not among the files available ' +
      '(only a national series to 2021/22 is).',
  });

const REGISTER_NOTE =
  "The report was published in 2024, before DfE's full-year school census figures for 2023/24 (spring 2025). The value matches DfE's " +
  'register-based attendance statistics for 2023/24 instead: a different source from the census, which the site keeps apart. With every value of this ' +
  'group matching the register data (count below) and none the census, near certain.';

const phase = (
  type: 'primary' | 'secondary' | 'special',
  registerType: 'Primary' | 'Secondary' | 'Special',
  label: string,
  report: number,
) =>
  quote({
    id: `t-persistent-${type}`,
    quote: `${label} ${report}%`,
    year: '2023/24',
    measure: PERSISTENT,
    schoolType: label,
    report,
    published: census(ENGLAND, '2023/24', 'persistent', type),
    candidates: [
      {
        label: 'Register data, year to date 2023/24',
        lookup: register(ENGLAND, '2023/24', 'persistent', registerType),
      },
      { label: 'School census, full year 2022/23', lookup: census(ENGLAND, '2022/23', 'persistent', type) },
    ],
    note: REGISTER_NOTE,
  });

const SPECIAL_NOTE =
  "The report dates these to 2023/24, but all four values, and the report's ranking (highest in the South West and Inner London, lowest " +
  'in the East and West Midlands), match the school census for 2022/23 (see the count below): most likely a year label.';

const specialOverall = (code: string, report: number) =>
  quote({
    id: `t-special-overall-${code}`,
    quote: `${AREA[code]} ${report}%`,
    area: AREA[code],
    year: '2023/24',
    measure: OVERALL,
    schoolType: 'Special schools',
    report,
    published: census(code, '2023/24', 'overall', 'special'),
    candidates: [
      { label: 'School census, full year 2022/23', lookup: census(code, '2022/23', 'overall', 'special') },
      ...(isRegion(code)
        ? [{ label: 'Register data, year to date 2023/24', lookup: register(code, '2023/24', 'overall', 'Special') }]
        : []),
    ],
    note: SPECIAL_NOTE,
  });

const CHARACTERISTICS_FILE = 'DfE\'s "absence by pupil characteristics" file, which is not among the files available';

/** England's persistent absence of one group of pupils, as DfE publishes it by characteristic, and the years looked at instead. */
const groupPersistent = (g: {
  id: string;
  dim: string;
  group: string;
  words: string;
  year: string;
  report: number;
  instead: [label: string, year: string][];
  note: string;
  decimals?: number;
}) =>
  quote({
    id: g.id,
    quote: `${g.words} ${g.report}% persistently absent`,
    year: g.year,
    measure: PERSISTENT,
    report: g.report,
    decimals: g.decimals ?? 1,
    published: group(g.dim, g.group, g.year),
    candidates: g.instead.map(([label, year]) => ({ label, lookup: group(g.dim, g.group, year) })),
    note: g.note,
  });

const ethnicity = (group: string, words: string, report: number, decimals: number) =>
  groupPersistent({
    id: `t-ethnicity-${group.toLowerCase().replace(/[^a-z]+/g, '-')}`,
    dim: 'ethnicity-minor',
    group,
    words,
    year: '2022/23',
    report,
    decimals,
    instead: [
      ['England, 2023/24', '2023/24'],
      ['England, 2018/19', '2018/19'],
    ],
    note: `Absence by ethnicity for 2019/20 to 2022/23 is in ${CHARACTERISTICS_FILE}; the years either side are, and neither gives the report's value.`,
  });

export const CHILD_OF_THE_NORTH: Report = {
  id: 'child-of-the-north',
  title:
    'A country that works for all children and young people: an evidence-based plan for improving school attendance',
  authors: 'Child of the North and the Centre for Young Lives',
  year: 2024,
  publisher: 'Child of the North / Centre for Young Lives',
  doi: '10.48785/100/288',
  figures: [
    {
      number: '1',
      title: 'Overall persistent absence rate (%) by region in England (2022/23)',
      figure: 'regional-persistent-absence',
      state: { year: '2022/23', type: 'all' },
      note: "Drawn with DfE's persistent absence rate (% of pupils missing 10% or more of sessions), the measure the report names. The report's own values do not match it (see the table).",
    },
    {
      number: '2',
      part: 'overall',
      title: FIGURE_2,
      figure: 'macro-region-trends',
      state: { measure: 'overall', type: 'all', view: 'macro' },
      note: 'The report shows overall, authorised and unauthorised absence in one figure, to 2022/23; here they are three charts, running to the latest year.',
    },
    {
      number: '2',
      part: 'authorised',
      title: FIGURE_2,
      figure: 'macro-region-trends',
      state: { measure: 'authorised', type: 'all', view: 'macro' },
      note: 'Authorised absence.',
    },
    {
      number: '2',
      part: 'unauthorised',
      title: FIGURE_2,
      figure: 'macro-region-trends',
      state: { measure: 'unauthorised', type: 'all', view: 'macro' },
      note: 'Unauthorised absence.',
    },
    {
      number: '3',
      title: 'Absence rate and child income deprivation (IDACI) by local authority',
      figure: 'bivariate-absence-idaci',
      state: { measure: 'overall', type: 'all', year: '2022/23', dep: 'idaci2019' },
      asImage: true,
      note: 'Overall absence in 2022/23 against IDACI 2019, each in thirds across local authorities. The report does not state its year or class breaks; 2022/23 is its latest year elsewhere.',
    },
    {
      number: '4',
      title: 'School readiness (good level of development at the end of Reception) by region, 2022/23',
      figure: 'school-readiness-by-region',
      state: { year: '2022/23', chart: 'year' },
      note: 'Regions as ticks with their local authorities as dots, northern regions in colour, England dashed.',
    },
    {
      number: '5',
      title: 'Pupils with social, emotional and mental health needs by region, 2022/23',
      figure: 'send-by-region-semh',
      state: {},
      note: 'Regional SEMH figures are not in the published files available; this is what exists: England only, to 2021/22.',
    },
    {
      number: '6',
      title: 'Absence and attainment by region, 2006 to 2019',
      figure: 'absence-vs-attainment-regions',
      state: {},
      note:
        "Attainment 8 began in 2015/16, so the earlier years of the report's figure used another attainment measure, which is not in the files available; " +
        "DfE's absence file goes back to 2006/07, but the site's absence series starts in 2015/16 too.",
    },
  ],
  quotes: [
    ...each(figure1, [
      [SW, 22.2],
      [YH, 22.1],
      [INNER, 18.9],
      [OUTER, 18.7],
    ]),
    ...each(unauthorisedPersistent, [
      [YH, 11.1],
      [NE, 10.4],
      [NW, 9.7],
    ]),
    ...each(readiness, [
      [NW, 64.3],
      [YH, 66.1],
      [NE, 66.3],
      [SE, 69.6],
      [LONDON, 69.1],
    ]),
    ...each(semh, [
      [ENGLAND, 3.3],
      [NE, 3.6],
      [NW, 3.4],
      [YH, 3.1],
      [SW, 3.9],
      [LONDON, 2.8],
    ]),
    quote({
      id: 't-persistent-2023-24',
      quote: 'Persistent absence 20.7% (2023/24)',
      year: '2023/24',
      measure: PERSISTENT,
      report: 20.7,
      published: census(ENGLAND, '2023/24', 'persistent'),
      candidates: [
        { label: 'Register data, year to date 2023/24', lookup: register(ENGLAND, '2023/24', 'persistent') },
        { label: 'School census, full year 2022/23', lookup: census(ENGLAND, '2022/23', 'persistent') },
      ],
      note: REGISTER_NOTE,
    }),
    groupPersistent({
      id: 't-disadvantaged',
      dim: 'disadvantage',
      group: 'Disadvantaged',
      words: 'Disadvantaged pupils',
      year: '2023/24',
      report: 37,
      instead: [['England, 2018/19 (the latest year available for disadvantage)', '2018/19']],
      note: `Absence of disadvantaged pupils (FSM in the last six years) after 2018/19 is in ${CHARACTERISTICS_FILE}.`,
      decimals: 0,
    }),
    groupPersistent({
      id: 't-fsm',
      dim: 'fsm',
      group: 'FSM eligible',
      words: 'Pupils eligible for free school meals',
      year: '2023/24',
      report: 35.7,
      instead: [['England, full year 2022/23', '2022/23']],
      note: "No file available gives 35.7%. The register data have no FSM breakdown; DfE's autumn and spring term release for 2023/24 (not available here) is one possible source. Not resolved.",
    }),
    ...each(phase, [
      ['special', 'Special', 'Special schools', 37.6],
      ['primary', 'Primary', 'State-funded primary', 15.2],
      ['secondary', 'Secondary', 'State-funded secondary', 26.7],
    ]),
    ...each(specialOverall, [
      [SW, 13.6],
      [INNER, 13.5],
      [EM, 12.7],
      [WM, 12.7],
    ]),
    ethnicity('Gypsy/Roma', 'Gypsy/Roma pupils', 64.9, 1),
    ethnicity('Irish Traveller', 'Irish Traveller pupils', 72, 0),
    groupPersistent({
      id: 't-ehcp',
      dim: 'sen',
      group: 'EHC plan or statement',
      words: 'Pupils with an EHC plan',
      year: '2023/24',
      report: 37.6,
      instead: [['England, 2018/19 (the latest national year available)', '2018/19']],
      note:
        `National absence by SEN provision after 2018/19 is in ${CHARACTERISTICS_FILE}. ` +
        "The report's value is the same as its figure for special schools, which matches the register data.",
    }),
    groupPersistent({
      id: 't-no-sen',
      dim: 'sen',
      group: 'No SEN',
      words: 'Pupils with no SEN',
      year: '2023/24',
      report: 18.6,
      instead: [['England, full year 2022/23', '2022/23']],
      note: `National absence by SEN provision for 2023/24 is in ${CHARACTERISTICS_FILE}.`,
    }),
    quote({
      id: 't-overall-2015-16',
      quote: 'Overall absence 4.6% in 2015/16',
      year: '2015/16',
      measure: OVERALL,
      report: 4.6,
      published: census(ENGLAND, '2015/16', 'overall'),
    }),
    quote({
      id: 't-overall-2023-24',
      quote: 'Overall absence over 7% (7.1%) in 2023/24',
      year: '2023/24',
      measure: OVERALL,
      report: 7.1,
      published: census(ENGLAND, '2023/24', 'overall'),
      candidates: [{ label: 'Register data, year to date 2023/24', lookup: register(ENGLAND, '2023/24', 'overall') }],
    }),
    quote({
      id: 't-overall-rise',
      quote: 'Overall absence "rising by 57%" between 2015/16 and 2023/24',
      year: '2015/16 to 2023/24',
      measure: 'Relative change in overall absence (%)',
      report: 57,
      decimals: 0,
      published: {
        kind: 'change',
        from: census(ENGLAND, '2015/16', 'overall'),
        to: census(ENGLAND, '2023/24', 'overall'),
      },
      candidates: [
        {
          label: 'The same change from the rates rounded to one decimal',
          lookup: {
            kind: 'change',
            from: census(ENGLAND, '2015/16', 'overall'),
            to: census(ENGLAND, '2023/24', 'overall'),
            roundFirst: 1,
          },
        },
      ],
      note: "Computed from the unrounded rates; the report's rounded rates would give a smaller rise.",
    }),
    quote({
      id: 't-severe',
      quote: '"Around 150,000 children who are severely absent"',
      year: '2022/23',
      measure: 'Severely absent pupils (50% or more of sessions missed)',
      report: 150000,
      decimals: -4,
      unit: 'pupils',
      published: { kind: 'census-severe-count', code: ENGLAND, year: '2022/23' },
      candidates: [
        {
          label: 'School census, full year 2023/24',
          lookup: { kind: 'census-severe-count', code: ENGLAND, year: '2023/24' },
        },
      ],
      note: 'The report gives no year; 2022/23 was the latest full year of census data when it was written. "Around" is read as to the nearest 10,000.',
    }),
  ],
  claims: [
    {
      id: 'f2-north-overall',
      figure: '2',
      quote: 'The North has the highest overall absence throughout',
      check: { kind: 'north-extreme', measure: 'overall', extreme: 'highest', from: '2015/16', to: '2022/23' },
    },
    {
      id: 'f2-north-unauthorised',
      figure: '2',
      quote: 'The North has the highest unauthorised absence throughout',
      check: { kind: 'north-extreme', measure: 'unauthorised', extreme: 'highest', from: '2015/16', to: '2022/23' },
    },
    {
      id: 'f2-north-authorised',
      figure: '2',
      quote: 'The North has the lowest authorised absence throughout',
      check: { kind: 'north-extreme', measure: 'authorised', extreme: 'lowest', from: '2015/16', to: '2022/23' },
    },
    {
      id: 'f2-post-covid',
      figure: '2',
      quote: 'Post-COVID, authorised absence falls while unauthorised absence keeps rising',
      check: { kind: 'post-covid-direction', from: '2021/22', to: '2022/23' },
    },
    {
      id: 't-special-extremes',
      figure: 'text',
      quote:
        'Special-school overall absence is highest in the South West and Inner London and lowest in the East and West Midlands (2023/24)',
      check: {
        kind: 'extremes',
        measure: 'overall',
        type: 'special',
        year: '2023/24',
        alsoYear: '2022/23',
        highest: [SW, INNER],
        lowest: [EM, WM],
      },
    },
    {
      id: 'f3-north-high-high',
      figure: '3',
      quote: 'More Northern local authorities are high on both absence and deprivation',
      check: { kind: 'north-most-high-high', year: '2022/23' },
    },
  ],
  definitions: [],
};
