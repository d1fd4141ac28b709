/**
 * The pupil characteristics compared on /subgroups/, declared once: their groups (in display order),
 * the reference group each gap is measured against, and groups left out of headline sentences
 * (unclassified pupils: tiny groups with no recorded characteristic).
 */
export const ALL_PUPILS = 'All pupils';
/** The dimension key of all-pupils cells: the same pupils whichever characteristic is compared. */
export const ALL_DIM = 'all';

export interface SourceBreak {
  after: string;
  label: string;
  note: string;
}

export interface Dimension {
  id: string;
  label: string;
  /** The label inside a sentence ("absence by free school meals (FSM) eligibility"): acronyms and proper nouns kept. */
  midSentence: string;
  /** Groups in display order (every label the data may use). */
  groups: readonly string[];
  /** Gaps are measured against this group; null means against all pupils. */
  reference: string | null;
  /** Shown, but not used for the generated "biggest gap" sentences. */
  notCompared: readonly string[];
  /** Where the series changes source or definition: the last year before it, a short label for the rule drawn on the gap over time, and what changed. */
  sourceBreak?: SourceBreak;
}

/** Ethnicity up to 2018/19 is DfE's local-authority tables; from 2023/24 a later national-only release. */
const ETHNICITY_BREAK = 'from 2023/24 a different DfE release (England only)';
const ETHNICITY_LABEL = 'New source';

const YEAR_GROUPS = Array.from({ length: 11 }, (_, i) => `Year ${i + 1}`);
const MINOR_ETHNIC_GROUPS = [
  'White British',
  'Irish',
  'Irish Traveller',
  'Gypsy/Roma',
  'Any other White background',
  'White and Black Caribbean',
  'White and Black African',
  'White and Asian',
  'Any other Mixed background',
  'Indian',
  'Pakistani',
  'Bangladeshi',
  'Chinese',
  'Any other Asian background',
  'Black Caribbean',
  'Black African',
  'Any other Black background',
  'Any other ethnic group',
  'Ethnicity unclassified',
];
/** "Gypsy/Roma, FSM eligible": an ethnic group split by FSM eligibility. */
export const ethnicityFsmGroup = (ethnicity: string, fsm: string) => `${ethnicity}, ${fsm}`;
const ETHNICITY_FSM_GROUPS = MINOR_ETHNIC_GROUPS.flatMap((e) =>
  ['FSM eligible', 'FSM not eligible'].map((f) => ethnicityFsmGroup(e, f)),
);

export const DIMENSIONS = [
  {
    id: 'fsm',
    label: 'Free school meals (FSM) eligibility',
    midSentence: 'free school meals (FSM) eligibility',
    groups: ['FSM eligible', 'FSM not eligible', 'FSM unclassified'],
    reference: 'FSM not eligible',
    notCompared: ['FSM unclassified'],
  },
  {
    id: 'disadvantage',
    label: 'Disadvantage (FSM in the last 6 years)',
    midSentence: 'disadvantage (FSM in the last 6 years)',
    groups: ['Disadvantaged', 'Not disadvantaged', 'Disadvantage unclassified'],
    reference: 'Not disadvantaged',
    notCompared: ['Disadvantage unclassified'],
  },
  {
    id: 'sen',
    label: 'SEN provision',
    midSentence: 'SEN provision',
    groups: ['EHC plan or statement', 'SEN support', 'Any SEN', 'No SEN', 'SEN unclassified'],
    reference: 'No SEN',
    notCompared: ['SEN unclassified'],
    // DfE's own series join statements and EHC plans ("Statement or EHCP"); the groups around them changed.
    sourceBreak: {
      after: '2013/14',
      label: 'SEN reforms',
      note: 'the 2014 SEN reforms turned statements into EHC plans, and School Action and Action Plus into SEN support (SEN support and any SEN start in 2014/15; fewer pupils were identified with SEN after it)',
    },
  },
  {
    id: 'need',
    label: 'SEN primary type of need',
    midSentence: 'SEN primary type of need',
    reference: null,
    notCompared: ['Need unclassified'],
    sourceBreak: {
      after: '2013/14',
      label: 'SEN reforms',
      note: 'after the 2014 SEN reforms primary need is recorded for pupils on SEN support or with an EHC plan, before them for School Action Plus and statements',
    },
    groups: [
      'Autistic spectrum disorder',
      'Hearing impairment',
      'Moderate learning difficulty',
      'Multi-sensory impairment',
      'No specialist assessment',
      'Other difficulty/disability',
      'Physical disability',
      'Profound and multiple learning difficulty',
      'Severe learning difficulty',
      'Social, emotional and mental health',
      'Specific learning difficulty',
      'Speech, language and communication needs',
      'Visual impairment',
      'Need unclassified',
    ],
  },
  {
    id: 'ethnicity-major',
    label: 'Ethnicity (major groups)',
    midSentence: 'ethnicity (major groups)',
    groups: ['White', 'Mixed', 'Asian', 'Black', 'Chinese', 'Any other ethnic group', 'Ethnicity unclassified'],
    reference: 'White',
    notCompared: ['Ethnicity unclassified'],
    sourceBreak: {
      after: '2018/19',
      label: ETHNICITY_LABEL,
      note: `${ETHNICITY_BREAK}, its major groups summed from the minor groups`,
    },
  },
  {
    id: 'ethnicity-minor',
    label: 'Ethnicity (minor groups)',
    midSentence: 'ethnicity (minor groups)',
    groups: MINOR_ETHNIC_GROUPS,
    reference: 'White British',
    notCompared: ['Ethnicity unclassified'],
    sourceBreak: { after: '2018/19', label: ETHNICITY_LABEL, note: ETHNICITY_BREAK },
  },
  {
    id: 'ethnicity-fsm',
    label: 'Ethnicity by FSM eligibility',
    midSentence: 'ethnicity by FSM eligibility',
    groups: ETHNICITY_FSM_GROUPS,
    reference: ethnicityFsmGroup('White British', 'FSM not eligible'),
    notCompared: ['FSM eligible', 'FSM not eligible'].map((f) => ethnicityFsmGroup('Ethnicity unclassified', f)),
  },
  {
    id: 'gender',
    label: 'Gender',
    midSentence: 'gender',
    groups: ['Girls', 'Boys', 'Gender unclassified'],
    reference: 'Girls',
    notCompared: ['Gender unclassified'],
  },
  {
    id: 'year-group',
    label: 'Year group',
    midSentence: 'year group',
    groups: YEAR_GROUPS,
    reference: null,
    notCompared: [],
  },
  {
    id: 'first-language',
    label: 'First language',
    midSentence: 'first language',
    groups: ['English', 'Other than English', 'Language unclassified'],
    reference: 'English',
    notCompared: ['Language unclassified'],
  },
  {
    id: 'school-type',
    label: 'School type (phase)',
    midSentence: 'school type (phase)',
    groups: ['State-funded primary', 'State-funded secondary', 'Special'],
    reference: null,
    notCompared: [],
  },
  {
    id: 'cin',
    label: 'Children in need and looked after',
    midSentence: 'children in need and looked after',
    groups: ['Children in need', 'Children looked after'],
    reference: null,
    notCompared: [],
  },
] as const satisfies readonly Dimension[];

export type DimensionId = (typeof DIMENSIONS)[number]['id'];
export const DIMENSION_IDS = DIMENSIONS.map((d) => d.id) as DimensionId[];
export const dimensionById = new Map<string, Dimension>(DIMENSIONS.map((d) => [d.id, d]));

/** The page's three charts; each characteristic's are registered figures (src/figures/subgroup-spec.ts). */
export const SUBGROUP_CHARTS = ['groups', 'trend', 'places'] as const;
export type SubgroupChart = (typeof SUBGROUP_CHARTS)[number];
export const subgroupFigureId = (dim: string, chart: SubgroupChart) =>
  chart === 'groups' ? `subgroup-${dim}` : `subgroup-${dim}-${chart}`;

/** A rate drawn from fewer pupils than this is marked as imprecise (hollow marker, note in the table). */
export const SMALL_GROUP = 100;
/**
 * Rates published without pupil numbers are treated as small in places with fewer pupils than this
 * in all (e.g. Isles of Scilly, City of London): any group there is a fraction of it.
 */
export const SMALL_PLACE = 1000;

/** Whether a rate rests on too few pupils to be drawn as precise. */
export const isSmall = (n: number | null, placeN: number | null): boolean =>
  n !== null ? n < SMALL_GROUP : placeN !== null && placeN < SMALL_PLACE;

/** Each characteristic's own page; the default one is /subgroups/ itself (its canonical address). */
export const subgroupPath = (dim: string): string => (dim === DIMENSIONS[0].id ? '/subgroups/' : `/subgroups/${dim}/`);

/** First words of group names that are plain words, so lower case inside a sentence ("gap to not disadvantaged"). */
const PLAIN_LEADS = new Set(['All', 'Not', 'No', 'Girls', 'Boys', 'Other']);
/** A group name inside a sentence: "All pupils" -> "all pupils"; names led by an acronym or proper noun (FSM, White, English) kept. */
export const groupMidSentence = (group: string): string =>
  PLAIN_LEADS.has(group.split(' ')[0]) ? group[0].toLowerCase() + group.slice(1) : group;
