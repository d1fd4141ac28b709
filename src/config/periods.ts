/** The COVID periods and the year range the site shows, declared once and shown on the site. */

export interface Period {
  id: 'pre' | 'gap' | 'during' | 'post';
  label: string;
  /** Inclusive academic years, e.g. "2015/16". `to` is open-ended when null. */
  from: string;
  to: string | null;
  note: string;
}

export const FIRST_YEAR = '2015/16';
export const MISSING_YEAR = '2019/20';

export const PERIODS: readonly Period[] = [
  {
    id: 'pre',
    label: 'Pre-COVID',
    from: '2015/16',
    to: '2018/19',
    note: 'Persistent absence defined at 10% of sessions throughout.',
  },
  {
    id: 'gap',
    label: '2019/20: no data',
    from: '2019/20',
    to: '2019/20',
    note: 'Schools closed from March 2020, so DfE published no full-year absence for 2019/20. Shown as a gap, never interpolated.',
  },
  {
    id: 'during',
    label: 'During COVID',
    from: '2020/21',
    to: '2021/22',
    note: 'Years of partial closures, isolation rules and remote learning. 2020/21 excludes sessions missed for COVID-related reasons.',
  },
  { id: 'post', label: 'Post-COVID', from: '2022/23', to: null, note: 'From the first year without COVID rules.' },
];

/** The year whose absence figures leave out COVID-related non-attendance (DfE advises caution comparing it). */
export const COVID_CAVEAT_YEAR = '2020/21';
export const COVID_CAVEAT =
  '2020/21 (hollow points) excludes sessions missed for COVID-related reasons, including the spring 2021 lockdown: DfE advises caution comparing it with other years.';
/** The caveat for tables and text, where there are no hollow points. */
export const COVID_CAVEAT_TEXT = COVID_CAVEAT.replace(' (hollow points)', '');
/** The last pre-COVID year (2018/19), the baseline for "change since pre-COVID". */
export const PRE_COVID_YEAR = PERIODS.find((p) => p.id === 'pre')!.to!;

/** "2022/23" -> 2022 (the calendar year the academic year starts). */
export const startYear = (academicYear: string): number => Number(academicYear.slice(0, 4));

/** 2022 -> "2022/23". */
export const academicYear = (start: number): string => `${start}/${String((start + 1) % 100).padStart(2, '0')}`;

export function periodOf(year: string): Period | undefined {
  const y = startYear(year);
  return PERIODS.find((p) => y >= startYear(p.from) && (p.to === null || y <= startYear(p.to)));
}

/** Every academic year from FIRST_YEAR to `latest`, including the missing 2019/20 (as a gap). */
export function yearsThrough(latest: string): string[] {
  const years: string[] = [];
  for (let y = startYear(FIRST_YEAR); y <= startYear(latest); y++) years.push(academicYear(y));
  return years;
}
