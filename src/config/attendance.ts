/**
 * Attendance from schools' daily registers (DfE "Pupil attendance in schools", official statistics in development):
 * the years, periods, school types and reasons the site shows, declared once. A different source from the
 * school census behind the rest of the site: never mixed with census figures in one line, column or ranking.
 */

export const REGISTER_SOURCE_LABEL = 'Daily registers (DfE, Pupil attendance in schools)';
export const REGISTER_STATUS = 'official statistics in development';

/** Academic years with register files, oldest first; the last is "this year". */
export const REGISTER_YEARS = ['2022/23', '2023/24', '2024/25', '2025/26'] as const;
export type RegisterYear = (typeof REGISTER_YEARS)[number];
export const CURRENT_REGISTER_YEAR: RegisterYear = '2025/26';

/**
 * Periods: the year to date and the three terms as DfE published them, and autumn weeks 37-45 summed from the
 * weekly files (the only span every year's files cover, so the only like-for-like comparison with this year).
 */
export const REGISTER_PERIODS = ['ytd', 'autumn', 'spring', 'summer', 'autumn-to-45'] as const;
export type RegisterPeriod = (typeof REGISTER_PERIODS)[number];
export const PERIOD_LABELS: Record<RegisterPeriod, string> = {
  ytd: 'Year to date',
  autumn: 'Autumn term',
  spring: 'Spring term',
  summer: 'Summer term',
  'autumn-to-45': 'Autumn term, weeks 37-45',
};

/** The last week of the autumn weeks every year's weekly file covers. */
export const LIKE_FOR_LIKE_LAST_WEEK = 45;

/** What each year's year-to-date file covers (from DfE's publication notes in the dashboard repository). */
export const YTD_COVERAGE: Record<RegisterYear, string> = {
  '2022/23': 'whole year, to 21 July 2023 (28 July for a few LAs)',
  '2023/24': 'whole year, to the end of the summer term 2024',
  '2024/25': 'whole year, to week 29 of 2025 (end of the summer term)',
  '2025/26': 'to week 26 of 2026 (late June): the last weeks of the summer term are not in yet',
};

export const REGISTER_SCHOOL_TYPES = ['Total', 'Primary', 'Secondary', 'Special'] as const;
export type RegisterSchoolType = (typeof REGISTER_SCHOOL_TYPES)[number];
export const REGISTER_TYPE_LABELS: Record<RegisterSchoolType, string> = {
  Total: 'All schools',
  Primary: 'Primary',
  Secondary: 'Secondary',
  Special: 'Special',
};

/**
 * Reasons, as session counts. "Other authorised" is authorised absence less the three named authorised reasons
 * (religious observance, study leave, exclusion without provision, travelling, part-time timetables, ...).
 */
export const REASONS = [
  'illness',
  'appointments',
  'authHoliday',
  'authOther',
  'unauthHoliday',
  'late',
  'unauthOther',
  'noReason',
] as const;
export type Reason = (typeof REASONS)[number];
export const REASON_LABELS: Record<Reason, string> = {
  illness: 'Illness',
  appointments: 'Medical or dental appointments',
  authHoliday: 'Authorised holiday',
  authOther: 'Other authorised',
  unauthHoliday: 'Unauthorised holiday',
  late: 'Late after registers closed',
  unauthOther: 'Other unauthorised',
  noReason: 'No reason yet',
};
export const UNAUTHORISED_REASONS: readonly Reason[] = ['unauthHoliday', 'late', 'unauthOther', 'noReason'];
